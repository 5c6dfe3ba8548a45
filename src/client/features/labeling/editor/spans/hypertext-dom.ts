// HyperText in Label Studio's span format: XPaths relative to the rendered root (1-based,
// `text()[n]` for text nodes), offsets inside those text nodes and `globalOffsets` into the
// root's text content (both in code points). Positions are always resolved in a pristine,
// inert copy of the sanitized HTML, so highlight wrappers in the live DOM never leak into
// stored paths.
import DOMPurify from 'dompurify';
import { codePointLength } from '../../../../../shared/annotation/code-points';

/** Scripts, handlers and `javascript:` URLs go by DOMPurify's defaults; these go too. */
const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'iframe',
  'frame',
  'object',
  'embed',
  'link',
  'meta',
  'base',
];

export function sanitizeHyperText(html: string): string {
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS,
    FORBID_ATTR: ['style'],
  });
}

/** Parsed in a document with no browsing context: nothing loads, nothing runs. */
export function parseInert(clean: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('');
  doc.body.innerHTML = clean;
  return doc.body;
}

export interface PlacedText {
  node: Text;
  /** UTF-16 offset of the node in the root's text content. */
  start: number;
}

export function placedTexts(root: Node): PlacedText[] {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: PlacedText[] = [];
  let at = 0;
  for (let n = walker?.nextNode(); n; n = walker?.nextNode()) {
    out.push({ node: n as Text, start: at });
    at += (n as Text).data.length;
  }
  return out;
}

function indexAmong(node: Node, same: (sibling: Node) => boolean): number {
  let n = 1;
  for (let s = node.previousSibling; s; s = s.previousSibling) if (same(s)) n++;
  return n;
}

export function xpathOf(root: Node, node: Node): string {
  const steps: string[] = [];
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nodeType === Node.TEXT_NODE)
      steps.unshift(`text()[${indexAmong(n, (s) => s.nodeType === Node.TEXT_NODE)}]`);
    else {
      const name = n.nodeName;
      steps.unshift(`${name.toLowerCase()}[${indexAmong(n, (s) => s.nodeName === name)}]`);
    }
  }
  return `/${steps.join('/')}`;
}

const STEP = /^(text\(\)|[A-Za-z][\w:-]*)(?:\[(\d+)\])?$/;

export function resolveXPath(root: Node, path: string): Node | null {
  let current: Node | null = root;
  for (const step of path.split('/').filter(Boolean)) {
    const m = STEP.exec(step);
    if (!m || !current) return null;
    const [, name = '', nth = '1'] = m;
    const want = Number(nth);
    const matches = (c: Node) =>
      name === 'text()'
        ? c.nodeType === Node.TEXT_NODE
        : c.nodeName.toLowerCase() === name.toLowerCase();
    let seen = 0;
    let found: Node | null = null;
    for (const child of current.childNodes) if (matches(child) && ++seen === want) found = child;
    current = found;
  }
  return current;
}

/** Global UTF-16 offset of a point in `root`. */
export function globalOffset(root: Node, node: Node, offset: number): number {
  const range = (root.ownerDocument ?? document).createRange();
  range.setStart(root, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The text node holding a global offset: a start prefers the node that begins there, an end
 * the node that finishes there.
 */
export function textAt(
  texts: readonly PlacedText[],
  offset: number,
  side: 'start' | 'end',
): { node: Text; local: number } | null {
  const hit = texts.find((t) =>
    side === 'start'
      ? offset >= t.start && offset < t.start + t.node.data.length
      : offset > t.start && offset <= t.start + t.node.data.length,
  );
  return hit ? { node: hit.node, local: offset - hit.start } : null;
}

/** Code points of a node's text before a UTF-16 offset. */
export const localCodePoints = (node: Text, local: number) =>
  codePointLength(node.data.slice(0, local));
