// <Style>: the config's CSS, scoped to the editor root and sanitized (label-config.md §2).
import { useMemo } from 'react';
import type { NodeOfTag } from '../renderer-types';
import { scopeStyleSheet } from './css-sanitize';

export function StyleRenderer({ node }: { node: NodeOfTag<'Style'> }) {
  const css = useMemo(() => scopeStyleSheet(node.css), [node.css]);
  if (css === '') return null;
  // Set as text by React (never parsed as HTML), and re-serialized from the CSSOM above.
  return <style data-config-style="">{css}</style>;
}
