// Cuts a row's text at every span boundary so overlapping spans can both be painted: each piece
// knows every span covering it (outermost first).
import type { SpanView } from './span-views';

export interface Segment {
  /** UTF-16 offsets in document coordinates. */
  readonly start: number;
  readonly end: number;
  readonly spans: readonly SpanView[];
}

export function segmentLine(
  lineStart: number,
  lineEnd: number,
  spans: readonly SpanView[],
): Segment[] {
  if (spans.length === 0) return [{ start: lineStart, end: lineEnd, spans }];
  const cuts = new Set<number>([lineStart, lineEnd]);
  for (const s of spans) {
    if (s.start > lineStart && s.start < lineEnd) cuts.add(s.start);
    if (s.end > lineStart && s.end < lineEnd) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    segments.push({ start, end, spans: ordered.filter((s) => s.start <= start && s.end >= end) });
  }
  return segments;
}

const mix = (color: string, percent: number) =>
  `color-mix(in srgb, ${color} ${percent}%, transparent)`;

/** Overlapping spans share the line height in bands, so each stays visible. */
export function segmentBackground(spans: readonly SpanView[]): string {
  const [only] = spans;
  if (spans.length === 1 && only) return mix(only.color, 40);
  const step = 100 / spans.length;
  const bands = spans.map(
    (s, i) => `${mix(s.color, 55)} ${(i * step).toFixed(2)}% ${((i + 1) * step).toFixed(2)}%`,
  );
  return `linear-gradient(to bottom, ${bands.join(', ')})`;
}
