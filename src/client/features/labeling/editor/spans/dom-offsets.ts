// DOM selection → document offsets. Every rendered row carries `data-offset` / `data-end` (its
// UTF-16 range in the object's document text), so a boundary maps to an offset with one short
// Range over its own row, whatever spans are painted inside it.

const ROW = '[data-offset]';

function rowOf(container: Element, node: Node): HTMLElement | null {
  const el = node instanceof Element ? node : node.parentElement;
  const row = el?.closest<HTMLElement>(ROW) ?? null;
  return row && container.contains(row) ? row : null;
}

/** UTF-16 length of the row text before the boundary; text under the row only. */
function offsetInRow(row: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(row, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * A boundary outside every row (a spacer, an author label, the padding) snaps to the nearest
 * mounted row on the inside of the selection: forward for a start, backward for an end.
 */
function boundaryOffset(
  container: Element,
  node: Node,
  offset: number,
  side: 'start' | 'end',
): number | null {
  const row = rowOf(container, node);
  if (row) return Number(row.dataset['offset']) + offsetInRow(row, node, offset);
  const probe = document.createRange();
  probe.setStart(node, offset);
  const rows = [...container.querySelectorAll<HTMLElement>(ROW)];
  if (side === 'start') {
    const next = rows.find((r) => probe.comparePoint(r, 0) >= 0);
    return next ? Number(next.dataset['offset']) : null;
  }
  const previous = rows.findLast((r) => probe.comparePoint(r, r.childNodes.length) <= 0);
  return previous ? Number(previous.dataset['end']) : null;
}

/** The selection's [start, end) in document offsets, or null when it is not inside `container`. */
export function selectionOffsets(
  container: Element,
  range: Range,
): { start: number; end: number } | null {
  if (range.collapsed) return null;
  const startInside = container.contains(range.startContainer);
  const endInside = container.contains(range.endContainer);
  if (!startInside && !endInside) return null;
  const start = startInside
    ? boundaryOffset(container, range.startContainer, range.startOffset, 'start')
    : 0;
  const end = endInside
    ? boundaryOffset(container, range.endContainer, range.endOffset, 'end')
    : lastRowEnd(container);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

function lastRowEnd(container: Element): number | null {
  const rows = container.querySelectorAll<HTMLElement>(ROW);
  const last = rows[rows.length - 1];
  return last ? Number(last.dataset['end']) : null;
}

/** Region ids under a click, innermost last (from the painted `<mark data-regions>`). */
export function regionsAtTarget(target: EventTarget | null): string[] {
  if (!(target instanceof Element)) return [];
  const mark = target.closest<HTMLElement>('[data-regions]');
  return mark?.dataset['regions']?.split(' ').filter(Boolean) ?? [];
}
