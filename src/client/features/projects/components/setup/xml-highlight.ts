// Token colours for the config editor. CodeMirror's default palette drops below 4.5:1 on the
// highlighted active line (its tag-name green, for one); these stay above it on white and on
// --color-accent-soft.
import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';

export const xmlHighlight = HighlightStyle.define([
  { tag: tags.tagName, color: '#166534' },
  { tag: tags.attributeName, color: '#3730a3' },
  { tag: [tags.attributeValue, tags.string], color: '#991b1b' },
  { tag: tags.comment, color: '#52525b', fontStyle: 'italic' },
  { tag: [tags.angleBracket, tags.punctuation], color: '#3f3f46' },
  { tag: tags.invalid, color: '#991b1b', textDecoration: 'underline wavy' },
]);
