// Approximate rendered text content of a HyperText value, without a DOM (src/shared runs on the
// server). Used only to bound `globalOffsets`: tags, comments, script/style bodies are dropped
// (DOMPurify drops scripts before rendering) and character references decoded.

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Linear scan (no backtracking regexes: task HTML is untrusted and may be megabytes). */
export function htmlTextContent(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt < 0) {
      // An unclosed "<" is text to a browser.
      out += html.slice(lt);
      break;
    }
    const raw = /^<(script|style|template)\b/.exec(lower.slice(lt, lt + 10));
    if (raw?.[1]) {
      const close = lower.indexOf(`</${raw[1]}`, gt);
      const end = close < 0 ? -1 : lower.indexOf('>', close);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    i = gt + 1;
  }
  return decode(out);
}
