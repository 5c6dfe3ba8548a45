// Keeps HyperText's painted spans in step with the result and selection, and scrolls to a span
// selected elsewhere. Returns the highlight CSS to render (null when marks are used instead).
import { useEffect, useEffectEvent, useLayoutEffect, useMemo, type RefObject } from 'react';
import { highlightCss, paintHighlights, paintMarks, supportsHighlights } from './hypertext-paint';
import type { SpanView } from './span-views';

export interface HyperTextPaint {
  rootRef: RefObject<HTMLElement | null>;
  /** Unique per object instance; names its highlights. */
  key: string;
  /** The sanitized HTML: a new value means a new DOM to paint. */
  clean: string;
  spans: readonly SpanView[];
  selectedId: string | null;
  clickedRef: RefObject<string | null>;
}

export function useHyperTextPaint(options: HyperTextPaint): string | null {
  const { rootRef, key, clean, spans, selectedId, clickedRef } = options;
  const highlights = supportsHighlights();
  const colors = useMemo(() => [...new Set(spans.map((s) => s.color))].sort(), [spans]);
  const css = highlights ? highlightCss(key, colors) : null;

  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    return highlights
      ? paintHighlights(root, key, spans, colors, selectedId)
      : paintMarks(root, spans, selectedId);
  }, [rootRef, highlights, key, clean, spans, colors, selectedId]);

  const reveal = useEffectEvent((id: string) => {
    const clicked = clickedRef.current;
    clickedRef.current = null;
    if (clicked === id) return;
    const root = rootRef.current;
    const span = spans.find((s) => s.id === id);
    if (!root || !span) return;
    const mark = root.querySelector(`mark[data-regions~="${id}"]`);
    const target = mark ?? caretElement(root, span.start);
    target?.scrollIntoView?.({ block: 'nearest' });
  });
  useEffect(() => {
    if (selectedId && /^[\w-]+$/.test(selectedId)) reveal(selectedId);
  }, [selectedId]);

  return css;
}

function caretElement(root: HTMLElement, offset: number): Element | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const length = (n as Text).data.length;
    if (offset < at + length) return n.parentElement;
    at += length;
  }
  return null;
}
