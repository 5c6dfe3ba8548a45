// HyperText spans between the stored format and the page: stored spans → text-content offsets
// to paint, and DOM selections → Label Studio items, both resolved in the pristine copy.
import { useMemo } from 'react';
import { CodePointIndex } from '../../../../../shared/annotation/code-points';
import { hyperTextSpanItem } from '../../../../../shared/annotation/result-items';
import type { ResultItem } from '../../../../../shared/annotation/result-item-types';
import type { HyperTextNode } from '../../../../../shared/label-config/tag-tree';
import {
  globalOffset,
  localCodePoints,
  parseInert,
  placedTexts,
  resolveXPath,
  sanitizeHyperText,
  textAt,
  xpathOf,
} from './hypertext-dom';
import type { LabelsControl } from './region-controls';
import { snapSelection } from './word-snap';

/** The sanitized HTML and its pristine, inert twin with offset tables. */
export function usePristine(html: string) {
  return useMemo(() => {
    const clean = sanitizeHyperText(html);
    const root = parseInert(clean);
    const texts = placedTexts(root);
    const content = texts.map((t) => t.node.data).join('');
    return { clean, root, texts, content, index: new CodePointIndex(content) };
  }, [html]);
}

export type Pristine = ReturnType<typeof usePristine>;

const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/** A stored span → UTF-16 offsets into the text content (globalOffsets first, then XPaths). */
export function locateHyperTextSpan(
  p: Pristine,
  item: ResultItem,
): { start: number; end: number } | null {
  const global = item.value['globalOffsets'] as { start?: unknown; end?: unknown } | undefined;
  const gs = int(global?.start);
  const ge = int(global?.end);
  if (gs !== null && ge !== null) return { start: p.index.toUtf16(gs), end: p.index.toUtf16(ge) };
  const point = (path: unknown, offset: unknown) => {
    const node = typeof path === 'string' ? resolveXPath(p.root, path) : null;
    const cp = int(offset);
    const placed = p.texts.find((t) => t.node === node);
    return placed && cp !== null
      ? placed.start + new CodePointIndex(placed.node.data).toUtf16(cp)
      : null;
  };
  const start = point(item.value['start'], item.value['startOffset']);
  const end = point(item.value['end'], item.value['endOffset']);
  return start === null || end === null ? null : { start, end };
}

/** The item for a DOM selection in the live root, or null when it covers no text. */
export function hyperTextItemFor(
  p: Pristine,
  root: HTMLElement | null,
  range: Range,
  node: HyperTextNode,
  control: LabelsControl,
  labels: readonly string[],
): ResultItem | null {
  if (!root) return null;
  const inside = (n: Node) => root.contains(n);
  const rawStart = inside(range.startContainer)
    ? globalOffset(root, range.startContainer, range.startOffset)
    : 0;
  const rawEnd = inside(range.endContainer)
    ? globalOffset(root, range.endContainer, range.endOffset)
    : p.content.length;
  if (rawEnd <= rawStart) return null;
  const snapped = snapSelection(p.content, { start: rawStart, end: rawEnd }, node.granularity);
  if (!snapped) return null;
  const start = textAt(p.texts, snapped.start, 'start');
  const end = textAt(p.texts, snapped.end, 'end');
  if (!start || !end) return null;
  const span = {
    start: xpathOf(p.root, start.node),
    end: xpathOf(p.root, end.node),
    startOffset: localCodePoints(start.node, start.local),
    endOffset: localCodePoints(end.node, end.local),
    globalOffsets: {
      start: p.index.toCodePoint(snapped.start),
      end: p.index.toCodePoint(snapped.end),
    },
    text: p.content.slice(snapped.start, snapped.end),
  };
  return hyperTextSpanItem(control, span, labels, { toName: node.name });
}
