import type { NodeOfTag } from '../renderer-types';

export function ParagraphsObject({ node }: { node: NodeOfTag<'Paragraphs'> }) {
  return <div data-tag={node.tag} />;
}
