/**
 * A streaming splitter for a JSON document that is a list (or one object): it yields the text
 * of each top-level element as soon as its last byte arrives, so a 356 MB import never exists
 * as one string; each element is then parsed on its own with JSON.parse.
 *
 * It works on bytes: every structural character of JSON is ASCII and no byte of a multi-byte
 * UTF-8 sequence is below 0x80, so the scan never needs to decode. It only tracks what it must
 * to find element boundaries (inside a string, after a backslash, nesting depth); JSON.parse
 * checks everything else.
 */

export class JsonStreamError extends Error {}

/** Deeper than Label Studio's parser takes (see http/body.ts); refused before JSON.parse. */
export const MAX_DEPTH = 1000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(parts: Uint8Array[]): string {
  const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new JsonStreamError('body is not valid UTF-8');
  }
}

/** Where the top-level scan is: before the document, between list elements, or done. */
type Phase = 'start' | 'list' | 'element' | 'end';

/**
 * Yields the text of each element of a top-level JSON list, or the whole document once when
 * it is a single object. Throws JsonStreamError on a document that cannot be split (truncated,
 * not a list or object, trailing garbage).
 */
export async function* splitJsonList(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let phase: Phase = 'start';
  let single = false; // the document is one object, not a list
  let depth = 0; // nesting inside the current element (0 = a scalar element)
  let inString = false;
  let escaped = false;
  let scalar = false; // the current element is a number or literal: ends at `,`/`]`/space
  let parts: Uint8Array[] = []; // bytes of the current element from earlier chunks
  let after: 'open' | 'element' | 'comma' = 'open'; // what the list phase saw last
  let offset = 0; // bytes of the body before this chunk
  const BOM = [0xef, 0xbb, 0xbf];

  for await (const chunk of chunks) {
    let i = 0;
    let start = 0; // where the current element begins in this chunk
    // A UTF-8 byte order mark (possibly split over chunks) before the document is skipped.
    while (phase === 'start' && offset + i < 3 && i < chunk.length && chunk[i] === BOM[offset + i])
      i++;
    const n = chunk.length;
    offset += n;
    while (i < n) {
      const b = chunk[i]!;
      if (phase === 'element') {
        if (inString) {
          if (escaped) escaped = false;
          else if (b === BACKSLASH) escaped = true;
          else if (b === QUOTE) {
            inString = false;
            if (depth === 0) {
              // A string element ends at its closing quote.
              parts.push(chunk.subarray(start, i + 1));
              yield decode(parts);
              parts = [];
              phase = single ? 'end' : 'list';
            }
          }
        } else if (scalar) {
          if (b === COMMA || b === CLOSE_ARRAY || isSpace(b)) {
            parts.push(chunk.subarray(start, i));
            yield decode(parts);
            parts = [];
            scalar = false;
            phase = 'list';
            continue; // the separator is read again in list phase
          }
        } else if (b === QUOTE) inString = true;
        else if (b === OPEN_ARRAY || b === OPEN_OBJECT) {
          if (++depth > MAX_DEPTH)
            throw new JsonStreamError(`nested deeper than ${MAX_DEPTH} levels`);
        } else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) {
          if (--depth === 0) {
            parts.push(chunk.subarray(start, i + 1));
            yield decode(parts);
            parts = [];
            phase = single ? 'end' : 'list';
          }
        }
        i++;
        continue;
      }
      if (isSpace(b)) {
        i++;
        continue;
      }
      if (phase === 'start') {
        if (b === OPEN_ARRAY) phase = 'list';
        else if (b === OPEN_OBJECT) {
          single = true;
          phase = 'element';
          depth = 1;
          start = i;
        } else throw new JsonStreamError('expected a list of tasks or one task object');
        i++;
        continue;
      }
      if (phase === 'end') throw new JsonStreamError('unexpected data after the end of the JSON');
      // phase === 'list': a separator, the end, or the next element.
      if (b === COMMA) {
        if (after !== 'element') throw new JsonStreamError(`unexpected "," in the list`);
        after = 'comma';
        i++;
        continue;
      }
      if (b === CLOSE_ARRAY) {
        if (after === 'comma') throw new JsonStreamError(`unexpected "]" after ","`);
        phase = 'end';
        i++;
        continue;
      }
      if (after === 'element') throw new JsonStreamError('expected "," between list elements');
      after = 'element';
      phase = 'element';
      start = i;
      if (b === QUOTE) inString = true;
      else if (b === OPEN_ARRAY || b === OPEN_OBJECT) depth = 1;
      else {
        depth = 0;
        scalar = true;
      }
      i++;
    }
    if (phase === 'element') parts.push(chunk.subarray(start));
  }
  if (phase === 'element' && scalar && !single) {
    // `[1` cut off: the scalar is complete but the list is not.
    throw new JsonStreamError('unexpected end of input (the body was cut off)');
  }
  if ((phase as Phase) !== 'end') {
    throw new JsonStreamError(
      phase === 'start' ? 'the body is empty' : 'unexpected end of input (the body was cut off)',
    );
  }
}
