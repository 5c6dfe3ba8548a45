import type { NodeOfTag } from '../renderer-types';

export function NumberControl({ node }: { node: NodeOfTag<'Number'> }) {
  return <div data-tag={node.tag} />;
}
