// Span offsets are Unicode code points (label-config.md §3): an emoji is one, a ZWJ sequence is
// several, a flag is two, a combining accent is its own, `\r\n` is two. JavaScript strings index
// UTF-16 units, so every conversion goes through here. A lone surrogate counts as one code
// point, exactly as `Array.from` does.

const SURROGATE = /[\uD800-\uDFFF]/;

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Integer in 0..max; NaN counts as 0. */
function clamp(n: number, max: number): number {
  return Number.isNaN(n) ? 0 : Math.min(Math.max(0, Math.trunc(n)), max);
}

/**
 * Offsets table for one text, built once in O(n) and then O(1) code point → UTF-16 and
 * O(log n) UTF-16 → code point. Texts without surrogates (most) need no table at all.
 */
export class CodePointIndex {
  readonly text: string;
  /** Length in code points. */
  readonly length: number;
  /** UTF-16 offset of each code point, plus the end; null when the two coincide. */
  private readonly starts: Uint32Array | null;

  constructor(text: string) {
    this.text = text;
    if (!SURROGATE.test(text)) {
      this.starts = null;
      this.length = text.length;
      return;
    }
    const starts = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      starts[cp++] = i;
      if (isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) i++;
    }
    starts[cp] = text.length;
    this.starts = starts.subarray(0, cp + 1);
    this.length = cp;
  }

  /** UTF-16 offset of code point `cp` (0..length; clamped). */
  toUtf16(cp: number): number {
    const at = clamp(cp, this.length);
    return this.starts ? (this.starts[at] ?? this.text.length) : at;
  }

  /**
   * Code point offset of UTF-16 offset `unit` (0..text.length; clamped). An offset inside a
   * surrogate pair maps to that pair's code point (rounds down).
   */
  toCodePoint(unit: number): number {
    const at = clamp(unit, this.text.length);
    const starts = this.starts;
    if (!starts) return at;
    let lo = 0;
    let hi = this.length;
    // Largest cp with starts[cp] <= at.
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] ?? Infinity) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Substring between code point offsets, end exclusive. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

/** Number of code points (no table; one pass). */
export function codePointLength(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let n = 0;
  for (let i = 0; i < text.length; i++, n++) {
    if (isHigh(text.charCodeAt(i)) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) i++;
  }
  return n;
}

/** One-off conversion; build a CodePointIndex when converting many offsets of one text. */
export function codePointToUtf16(text: string, cp: number): number {
  return new CodePointIndex(text).toUtf16(cp);
}

export function utf16ToCodePoint(text: string, unit: number): number {
  return new CodePointIndex(text).toCodePoint(unit);
}

export function sliceCodePoints(text: string, start: number, end: number): string {
  return new CodePointIndex(text).slice(start, end);
}
