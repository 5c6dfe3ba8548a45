import type { NodeOfTag } from '../renderer-types';

export function TaxonomyControl({ node }: { node: NodeOfTag<'Taxonomy'> }) {
  return <div data-tag={node.tag} />;
}
