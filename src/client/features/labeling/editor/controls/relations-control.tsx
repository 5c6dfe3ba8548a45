import type { NodeOfTag } from '../renderer-types';

export function RelationsControl({ node }: { node: NodeOfTag<'Relations'> }) {
  return <div data-tag={node.tag} />;
}
