import type { NodeOfTag } from '../renderer-types';

export function StyleRenderer({ node }: { node: NodeOfTag<'Style'> }) {
  return <div data-tag={node.tag} />;
}
