// Painting HyperText spans without re-rendering (or re-sanitizing) the HTML on every edit.
// Where the CSS Custom Highlight API exists (Chromium) spans are Highlight ranges: the DOM is
// never touched. Elsewhere (jsdom, older browsers) text nodes are wrapped in <mark> elements,
// unwrapped again before each repaint; stored positions come from a pristine copy either way.
import { segmentBackground } from './segments';
import type { SpanView } from './span-views';
import { placedTexts, type PlacedText } from './hypertext-dom';
import { clearTags, paintTags, type TagLayer } from './hypertext-tags';

export const supportsHighlights = (): boolean =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

function rangeFor(texts: readonly PlacedText[], start: number, end: number): Range | null {
  const first = texts.find((t) => start < t.start + t.node.data.length);
  const last = texts.findLast((t) => end > t.start);
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStart(first.node, Math.max(0, start - first.start));
  range.setEnd(last.node, Math.min(last.node.data.length, end - last.start));
  return range;
}

/** Highlight names per colour plus the selected and invalid overlays. */
export function highlightNames(key: string, colors: readonly string[]) {
  return {
    byColor: colors.map((_, i) => `lc-hl-${key}-${i}`),
    selected: `lc-hl-${key}-selected`,
    issue: `lc-hl-${key}-issue`,
  };
}

export function highlightCss(key: string, colors: readonly string[]): string {
  const names = highlightNames(key, colors);
  const rules = colors.map(
    (c, i) =>
      `::highlight(${names.byColor[i]}){background-color:${segmentBackground([
        { id: '', start: 0, end: 0, color: c, label: '', issue: false },
      ])};}`,
  );
  rules.push(
    `::highlight(${names.selected}){text-decoration:underline 3px var(--color-accent);}`,
    `::highlight(${names.issue}){text-decoration:underline wavy 2px var(--color-danger);}`,
  );
  return rules.join('\n');
}

export function paintHighlights(
  root: HTMLElement,
  key: string,
  spans: readonly SpanView[],
  colors: readonly string[],
  selectedId: string | null,
  tags: TagLayer | null,
): () => void {
  const texts = placedTexts(root);
  const names = highlightNames(key, colors);
  const groups = new Map<string, Range[]>();
  const ranges = new Map<SpanView, Range>();
  const add = (name: string | undefined, range: Range) => {
    if (!name) return;
    groups.set(name, [...(groups.get(name) ?? []), range]);
  };
  for (const span of spans) {
    const range = rangeFor(texts, span.start, span.end);
    if (!range) continue;
    ranges.set(span, range);
    add(names.byColor[colors.indexOf(span.color)], range);
    if (span.id === selectedId) add(names.selected, range);
    if (span.issue) add(names.issue, range);
  }
  for (const [name, named] of groups) CSS.highlights.set(name, new Highlight(...named));
  if (tags) paintTags(root, tags, spans, (span) => ranges.get(span) ?? null);
  return () => {
    for (const name of groups.keys()) CSS.highlights.delete(name);
    if (tags) clearTags(tags);
  };
}

const WRAP = 'data-lc-wrap';

function unwrap(root: HTMLElement): void {
  for (const mark of root.querySelectorAll(`mark[${WRAP}]`)) mark.replaceWith(...mark.childNodes);
  root.normalize();
}

export function paintMarks(
  root: HTMLElement,
  spans: readonly SpanView[],
  selectedId: string | null,
): () => void {
  const cuts = new Set<number>();
  for (const s of spans) cuts.add(s.start).add(s.end);
  for (const { node, start } of placedTexts(root)) {
    const end = start + node.data.length;
    const inside = [...cuts].filter((c) => c > start && c < end).sort((a, b) => b - a);
    const pieces: PlacedText[] = [];
    // Cut from the right, so `node` keeps the head and each tail is a piece of its own.
    for (const cut of inside) pieces.unshift({ node: node.splitText(cut - start), start: cut });
    pieces.unshift({ node, start });
    for (const piece of pieces) wrapPiece(piece, spans, selectedId);
  }
  return () => unwrap(root);
}

function wrapPiece(piece: PlacedText, spans: readonly SpanView[], selectedId: string | null) {
  const { node, start } = piece;
  const end = start + node.data.length;
  // Whitespace between table cells or list items must stay where the HTML put it.
  if (node.data.trim() === '') return;
  const covering = spans
    .filter((s) => s.start <= start && s.end >= end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (covering.length === 0) return;
  const mark = node.ownerDocument.createElement('mark');
  mark.setAttribute(WRAP, '');
  mark.className = 'lc-span';
  if (covering.some((s) => s.id === selectedId)) mark.classList.add('lc-span--selected');
  if (covering.some((s) => s.issue)) mark.classList.add('lc-span--issue');
  mark.dataset['regions'] = covering.map((s) => s.id).join(' ');
  mark.title = covering.map((s) => s.label).join(' · ');
  mark.style.background = segmentBackground(covering);
  node.replaceWith(mark);
  mark.append(node);
}
