// Spans per row (text chunk or paragraph) with stable array identity: a row whose spans did not
// change gets the very array it got last time, so its memoized component skips rendering.
import type { SpanView } from './span-views';

export interface LineRange {
  /** UTF-16 offsets into the object's document text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

const EMPTY: readonly SpanView[] = [];

function sameViews(a: readonly SpanView[], b: readonly SpanView[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** First line whose end is past `offset` (lines are sorted and do not overlap). */
function firstLineAfter(lines: readonly LineRange[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((lines[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function lineOf(lines: readonly LineRange[], offset: number): number {
  return Math.min(firstLineAfter(lines, offset), lines.length - 1);
}

export class LineBuckets {
  private previous: readonly (readonly SpanView[])[] = [];
  private lines: readonly LineRange[] = [];

  assign(
    lines: readonly LineRange[],
    spans: readonly SpanView[],
  ): readonly (readonly SpanView[])[] {
    if (lines !== this.lines) this.previous = [];
    this.lines = lines;
    const buckets: SpanView[][] = lines.map(() => []);
    for (const span of spans) {
      for (let i = firstLineAfter(lines, span.start); i < lines.length; i++) {
        const line = lines[i];
        if (!line || line.start >= span.end) break;
        buckets[i]?.push(span);
      }
    }
    const next = buckets.map((bucket, i) => {
      const before = this.previous[i];
      if (bucket.length === 0) return EMPTY;
      return before && sameViews(before, bucket) ? before : bucket;
    });
    this.previous = next;
    return next;
  }
}
