// Long texts render as rows: one per line, and long lines split at whitespace near
// CHUNK_TARGET characters, so only the rows on screen mount and an edit re-renders one row.
import type { LineRange } from './line-buckets';

const CHUNK_TARGET = 1500;
/** How far past the target a split may look for whitespace before cutting mid-word. */
const CHUNK_SLACK = 300;

export function splitIntoChunks(text: string): LineRange[] {
  const chunks: LineRange[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    let end = lineEnd;
    if (end - start > CHUNK_TARGET + CHUNK_SLACK) end = splitPoint(text, start + CHUNK_TARGET);
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

/** Just after the first whitespace at or past `from` (within the slack), else `from`. */
function splitPoint(text: string, from: number): number {
  for (let i = from; i < from + CHUNK_SLACK && i < text.length; i++) {
    if (/\s/.test(text.charAt(i))) return i + 1;
  }
  // Never split a surrogate pair.
  const unit = text.charCodeAt(from);
  return unit >= 0xdc00 && unit <= 0xdfff ? from + 1 : from;
}
