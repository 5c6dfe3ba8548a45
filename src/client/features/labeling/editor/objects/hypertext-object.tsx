import type { NodeOfTag } from '../renderer-types';

export function HyperTextObject({ node }: { node: NodeOfTag<'HyperText'> }) {
  return <div data-tag={node.tag} />;
}
