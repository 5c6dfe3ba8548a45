import type { Context } from 'hono';
import { parseBody } from 'hono/utils/body';
import { ApiError, badRequest } from '../errors';

export const tooLarge = () => new ApiError(413, 'Request body too large');

/** Read the raw body, refusing more than `limit` bytes before buffering it all. */
export async function readBodyBytes(c: Context, limit: number): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? NaN);
  if (declared > limit) throw tooLarge();
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

const decoder = new TextDecoder('utf-8', { fatal: true });

export function parseJsonText(text: string): unknown {
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
  if (/^\s*[[{]/.test(raw) || raw === 'true' || raw === 'false' || raw === 'null') {
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
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
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
    return Object.fromEntries(
      Object.entries(form).map(([k, v]) => [k, typeof v === 'string' ? formValue(k, v) : v]),
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
  return parseJsonText(text);
}
