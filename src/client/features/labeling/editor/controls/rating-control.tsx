import type { NodeOfTag } from '../renderer-types';

export function RatingControl({ node }: { node: NodeOfTag<'Rating'> }) {
  return <div data-tag={node.tag} />;
}
