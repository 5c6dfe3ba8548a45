// One row's text with its spans painted. Memoized: it re-renders only when its own spans (a
// stable array), its text or the selection inside it change.
import { memo, type CSSProperties } from 'react';
import { segmentBackground, segmentLine } from './segments';
import type { SpanView } from './span-views';
import './span-line.css';

export interface SpanLineProps {
  /** The document text; only [start, end) is rendered. */
  doc: string;
  start: number;
  end: number;
  spans: readonly SpanView[];
  /** The selected region when it has a span in this row, else null. */
  selectedId: string | null;
  showLabels: boolean;
}

export const SpanLine = memo(function SpanLine({
  doc,
  start,
  end,
  spans,
  selectedId,
  showLabels,
}: SpanLineProps) {
  return (
    <>
      {segmentLine(start, end, spans).map((seg) => {
        const text = doc.slice(seg.start, seg.end);
        if (seg.spans.length === 0) return text;
        const starting = seg.spans.filter((s) => s.start === seg.start);
        const label = showLabels && starting.length > 0 ? starting.map((s) => s.label) : [];
        const classes = ['lc-span'];
        if (seg.spans.some((s) => s.id === selectedId)) classes.push('lc-span--selected');
        if (seg.spans.some((s) => s.issue)) classes.push('lc-span--issue');
        const style: CSSProperties = { background: segmentBackground(seg.spans) };
        return (
          <mark
            key={seg.start}
            className={classes.join(' ')}
            style={style}
            data-regions={seg.spans.map((s) => s.id).join(' ')}
            data-label={label.length > 0 ? label.join(', ') : undefined}
            title={seg.spans.map((s) => s.label).join(' · ')}
          >
            {text}
          </mark>
        );
      })}
    </>
  );
});
