import type { NodeOfTag } from '../renderer-types';

export function HeaderRenderer({ node }: { node: NodeOfTag<'Header'> }) {
  return <div data-tag={node.tag} />;
}
