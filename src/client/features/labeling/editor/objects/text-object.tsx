import type { NodeOfTag } from '../renderer-types';

export function TextObject({ node }: { node: NodeOfTag<'Text'> }) {
  return <div data-tag={node.tag} />;
}
