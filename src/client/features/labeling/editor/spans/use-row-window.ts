// Windowing for rows of text: with `virtualize`, only rows near the viewport mount (measured
// as they render); without it every row renders, which short texts and jsdom tests rely on.
import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';

export interface RowWindow {
  indexes: readonly number[];
  paddingTop: number;
  paddingBottom: number;
  /** Attach to each row (with `data-index`) so its real height replaces the estimate. */
  measure: ((el: HTMLElement | null) => void) | undefined;
  scrollToIndex(index: number): void;
}

export function useRowWindow(
  count: number,
  virtualize: boolean,
  scrollRef: RefObject<HTMLElement | null>,
  estimateSize: (index: number) => number,
): RowWindow {
  // The virtualizer re-renders this hook's caller on scroll by itself; nothing here is memoized
  // by hand, so the compiler skipping it changes nothing.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    enabled: virtualize,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    // Rows past the viewport stay mounted so a selection can end a little off-screen.
    overscan: 4,
    // Rows render on the first pass, before the scroller is measured (and in jsdom, never).
    initialRect: { width: 960, height: 720 },
  });
  if (!virtualize) {
    return {
      indexes: Array.from({ length: count }, (_, i) => i),
      paddingTop: 0,
      paddingBottom: 0,
      measure: undefined,
      scrollToIndex: () => {},
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items.at(-1);
  return {
    indexes: items.map((i) => i.index),
    paddingTop: first?.start ?? 0,
    paddingBottom: Math.max(0, virtualizer.getTotalSize() - (last?.end ?? 0)),
    measure: virtualizer.measureElement,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'center' }),
  };
}
