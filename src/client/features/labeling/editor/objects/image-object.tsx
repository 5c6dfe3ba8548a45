import type { NodeOfTag } from '../renderer-types';

export function ImageObject({ node }: { node: NodeOfTag<'Image'> }) {
  return <div data-tag={node.tag} />;
}
