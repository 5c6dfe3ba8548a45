// Label names for HyperText spans painted as Highlights. A Highlight can colour text but cannot
// draw content, so each span's labels go in a small tag on an overlay beside the HTML: never
// inside it, where extra nodes would shift the text offsets and XPaths that results store.
// The overlay follows the document's scroll with a transform, so scrolling never re-measures.
import type { SpanView } from './span-views';

/**
 * The overlay: an element covering the document's frame that clips, holding one child that
 * moves with the scroll and holds the tags.
 */
export type TagLayer = HTMLElement;

const innerOf = (layer: TagLayer): HTMLElement | null =>
  layer.firstElementChild instanceof HTMLElement ? layer.firstElementChild : null;

/** Places one tag per labelled span at the start of its first line box. */
export function paintTags(
  root: HTMLElement,
  layer: TagLayer,
  spans: readonly SpanView[],
  rangeOf: (span: SpanView) => Range | null,
): void {
  const inner = innerOf(layer);
  if (!inner) return;
  const origin = layer.getBoundingClientRect();
  const tags: HTMLElement[] = [];
  for (const span of spans) {
    if (!span.label) continue;
    const first = rangeOf(span)?.getClientRects()[0];
    if (!first) continue;
    const tag = document.createElement('span');
    tag.className = 'lc-hypertext__tag';
    tag.textContent = span.label;
    tag.style.left = `${first.left - origin.left + root.scrollLeft}px`;
    tag.style.top = `${first.top - origin.top + root.scrollTop}px`;
    tag.style.borderColor = span.color;
    tags.push(tag);
  }
  inner.replaceChildren(...tags);
  followScroll(root, layer);
}

export function followScroll(root: HTMLElement, layer: TagLayer): void {
  const inner = innerOf(layer);
  if (inner) inner.style.transform = `translate(${-root.scrollLeft}px, ${-root.scrollTop}px)`;
}

export function clearTags(layer: TagLayer): void {
  innerOf(layer)?.replaceChildren();
}
