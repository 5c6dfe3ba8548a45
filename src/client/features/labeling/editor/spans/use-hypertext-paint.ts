// Keeps HyperText's painted spans in step with the result and selection, and scrolls to a span
// selected elsewhere. Returns the highlight CSS to render (null when marks are used instead).
import { useEffect, useEffectEvent, useLayoutEffect, useMemo, type RefObject } from 'react';
import { useElementWidth } from '../../../../lib/use-element-width';
import { highlightCss, paintHighlights, paintMarks, supportsHighlights } from './hypertext-paint';
import { followScroll, type TagLayer } from './hypertext-tags';
import type { SpanView } from './span-views';

export interface HyperTextPaint {
  rootRef: RefObject<HTMLElement | null>;
  /** Where label names go when spans are Highlights (marks show them in the text instead). */
  tagsRef: RefObject<TagLayer | null>;
  /** Unique per object instance; names its highlights. */
  key: string;
  /** The sanitized HTML: a new value means a new DOM to paint. */
  clean: string;
  spans: readonly SpanView[];
  selectedId: string | null;
  clickedRef: RefObject<string | null>;
}

export function useHyperTextPaint(options: HyperTextPaint): string | null {
  const { rootRef, tagsRef, key, clean, spans, selectedId, clickedRef } = options;
  const highlights = supportsHighlights();
  const colors = useMemo(() => [...new Set(spans.map((s) => s.color))].sort(), [spans]);
  const css = highlights ? highlightCss(key, colors) : null;
  // A new width re-wraps the lines, so the label tags move.
  const width = useElementWidth(rootRef);

  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    return highlights
      ? paintHighlights(root, key, spans, colors, selectedId, tagsRef.current)
      : paintMarks(root, spans, selectedId);
  }, [rootRef, tagsRef, highlights, key, clean, spans, colors, selectedId, width]);

  useEffect(() => {
    const root = rootRef.current;
    const tags = tagsRef.current;
    if (!root || !tags) return;
    const onScroll = () => followScroll(root, tags);
    root.addEventListener('scroll', onScroll, { passive: true });
    return () => root.removeEventListener('scroll', onScroll);
  }, [rootRef, tagsRef]);

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
