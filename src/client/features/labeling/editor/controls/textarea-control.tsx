import type { NodeOfTag } from '../renderer-types';

export function TextAreaControl({ node }: { node: NodeOfTag<'TextArea'> }) {
  return <div data-tag={node.tag} />;
}
