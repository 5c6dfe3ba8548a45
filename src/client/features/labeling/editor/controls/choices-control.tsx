import type { NodeOfTag } from '../renderer-types';

export function ChoicesControl({ node }: { node: NodeOfTag<'Choices'> }) {
  return <div data-tag={node.tag} />;
}
