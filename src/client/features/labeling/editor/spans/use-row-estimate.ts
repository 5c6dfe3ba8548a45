import { useCallback } from 'react';
import type { LineRange } from './line-buckets';

/**
 * A row's height before it is measured: its wrapped line count at `charsPerLine`, so the
 * scrollbar of a windowed document is about right from the first frame.
 */
export function useRowEstimate(
  lines: readonly LineRange[],
  lineHeightPx: number,
  charsPerLine: number,
): (index: number) => number {
  return useCallback(
    (i: number) => {
      const line = lines[i];
      const chars = (line?.end ?? 0) - (line?.start ?? 0);
      return lineHeightPx * Math.max(1, Math.ceil(chars / charsPerLine));
    },
    [lines, lineHeightPx, charsPerLine],
  );
}
