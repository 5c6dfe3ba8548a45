import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';
import { parseBody } from 'hono/utils/body';
import { NON_FIELD_ERRORS, type ValidationErrors } from '../../shared/api/errors';
import { ApiError, badRequest, validationError } from '../errors';
import { requestHeader } from './headers';
import { fieldPath } from './zod-errors';

export const tooLarge = () => new ApiError(413, 'Request body too large');

/** Read Node's request stream directly: going through a Fetch `Request` costs more than the work. */
function readIncoming(incoming: IncomingMessage, limit: number): Promise<Uint8Array> {
  if (incoming.readableEnded) return Promise.resolve(new Uint8Array(0));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      cleanup();
      incoming.resume(); // discard the rest so the 413 can still be sent on this connection
      reject(tooLarge());
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const onClose = () => {
      cleanup();
      reject(badRequest('The request body was cut off.'));
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('close', onClose);
  });
}

/** Read the raw body, refusing more than `limit` bytes before buffering it all. */
export async function readBodyBytes(c: Context, limit: number): Promise<Uint8Array> {
  const declared = Number(requestHeader(c, 'content-length') ?? NaN);
  if (declared > limit) throw tooLarge();
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming) return readIncoming(incoming, limit);
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * PostgreSQL text cannot hold U+0000, so a string with one would fail deep in a query; refuse
 * it up front on both databases, as Django REST framework does. Iterative, and the path is
 * only built for the hit: bodies may nest deep.
 */
function nullCharacterErrors(value: unknown): ValidationErrors | null {
  interface Frame {
    value: unknown;
    key: string | number | null;
    parent: Frame | null;
  }
  const stack: Frame[] = [{ value, key: null, parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const v = frame.value;
    if (typeof v === 'string' && v.includes('\u0000')) {
      const path: (string | number)[] = [];
      for (let f: Frame | null = frame; f && f.key !== null; f = f.parent) path.unshift(f.key);
      return { [fieldPath(path) || NON_FIELD_ERRORS]: ['Null characters are not allowed.'] };
    }
    if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        stack.push({ value: child, key: Array.isArray(v) ? Number(k) : k, parent: frame });
      }
    }
  }
  return null;
}

/** The value, unless a string in it holds U+0000 (then a 400 naming where). */
export function assertNoNullCharacters<T>(value: T): T {
  const errors = nullCharacterErrors(value);
  if (errors) throw validationError(errors);
  return value;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Deeper JSON than Label Studio's own parser takes (Python's ~1000-level recursion limit); code
 * that walks or re-serializes a value recursively would overflow the stack on more.
 */
const MAX_JSON_DEPTH = 1000;

/** Whether JSON text nests deeper than `max`, counted in one pass without recursion. */
function tooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c)
        i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return false;
}

export function parseJsonText(text: string): unknown {
  if (tooDeep(text))
    throw badRequest(`JSON parse error - nested deeper than ${MAX_JSON_DEPTH} levels`);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw badRequest(`JSON parse error - ${(e as Error).message}`);
  }
}

/** Form fields a script sends as text: JSON-looking values and literals become values. */
const TEXT_FIELDS = new Set([
  'title',
  'description',
  'text',
  'email',
  'password',
  'first_name',
  'last_name',
  'username',
  'unique_id',
  'model_version',
  'label_config',
  'expert_instruction',
]);
function formValue(key: string, raw: string): unknown {
  if (TEXT_FIELDS.has(key)) return raw;
  if (
    (/^\s*[[{]/.test(raw) && !tooDeep(raw)) ||
    raw === 'true' ||
    raw === 'false' ||
    raw === 'null'
  ) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
}

/**
 * The request body as a JSON value. JSON is the API's language; url-encoded and multipart
 * forms are accepted too (as Label Studio's parsers do), their JSON-looking fields parsed.
 * An empty body reads as `{}` so required fields are reported by name.
 */
export async function readJsonBody(c: Context, limit: number): Promise<unknown> {
  const type = (requestHeader(c, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
    // Read through the limit first: a chunked body declares no length.
    const bytes = await readBodyBytes(c, limit);
    const raw = new Request(c.req.url, {
      method: 'POST',
      headers: c.req.raw.headers,
      body: new Uint8Array(bytes),
    });
    const form = await parseBody(raw, { all: true }).catch(() => {
      throw badRequest('Malformed form body.');
    });
    return assertNoNullCharacters(
      Object.fromEntries(
        Object.entries(form).map(([k, v]) => [k, typeof v === 'string' ? formValue(k, v) : v]),
      ),
    );
  }
  const bytes = await readBodyBytes(c, limit);
  if (bytes.byteLength === 0) return {};
  if (
    type !== '' &&
    type !== 'application/json' &&
    !type.endsWith('+json') &&
    type !== 'text/plain'
  ) {
    throw new ApiError(415, `Unsupported media type "${type}" in request.`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw badRequest('JSON parse error - body is not valid UTF-8');
  }
  const value = parseJsonText(text);
  // In JSON text U+0000 can only be written escaped: skip the walk for the usual body.
  return text.includes('\\u0000') ? assertNoNullCharacters(value) : value;
}
