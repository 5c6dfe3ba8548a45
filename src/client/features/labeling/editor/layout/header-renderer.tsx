// <Header>: `value` (or inner text) with `$vars` from the task, as a heading. Sizes 1–8 keep
// their look; the heading level is clamped to h1–h6 (HTML has no h7).
import { interpolate } from '../../../../../shared/label-config/variables';
import type { NodeOfTag } from '../renderer-types';
import { useRenderContext } from '../render-context';
import './layout.css';

type Level = 1 | 2 | 3 | 4 | 5 | 6;

export function HeaderRenderer({ node }: { node: NodeOfTag<'Header'> }) {
  const { data } = useRenderContext();
  const text = interpolate(node.value, data);
  const size = Math.min(Math.max(Math.round(node.size ?? 4), 1), 8);
  const level = Math.min(size, 6) as Level;
  const Tag = `h${level}` as const;
  const className = `lc-header lc-header--${size}${node.underline ? ' lc-header--underline' : ''}`;
  // interpolate() yields plain text; React escapes it.
  return <Tag className={className}>{text}</Tag>;
}
