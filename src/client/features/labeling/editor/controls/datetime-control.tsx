import type { NodeOfTag } from '../renderer-types';

export function DateTimeControl({ node }: { node: NodeOfTag<'DateTime'> }) {
  return <div data-tag={node.tag} />;
}
