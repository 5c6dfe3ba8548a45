/**
 * A streaming multipart/form-data reader: each file part's body is handed on chunk by chunk,
 * so an uploaded 356 MB file is never held whole (hono's parseBody buffers everything). Parts
 * come strictly in order: the body of one part must be read (or is drained) before the next.
 */

export class MultipartError extends Error {}

export interface FormPart {
  /** The form field name. */
  name: string;
  /** The uploaded file's name; null for a plain field. */
  filename: string | null;
  contentType: string;
  body: AsyncIterable<Uint8Array>;
}

/** The boundary of a `multipart/form-data; boundary=…` content type. */
export function boundaryOf(contentType: string): string | null {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function headerParam(header: string, key: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${key}\\*?=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;]*))`, 'i').exec(
    header,
  );
  if (!m) return null;
  const raw = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!.trim();
  // RFC 5987 `filename*=UTF-8''na%C3%AFve.csv`
  const ext = /^utf-8''(.*)$/i.exec(raw);
  return ext ? decodeURIComponent(ext[1]!) : raw;
}

function parseHeaders(block: string) {
  const headers = new Map<string, string>();
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const disposition = headers.get('content-disposition') ?? '';
  return {
    name: headerParam(disposition, 'name') ?? '',
    filename: headerParam(disposition, 'filename'),
    contentType: headers.get('content-type') ?? 'application/octet-stream',
  };
}

const HEADER_END = Buffer.from('\r\n\r\n');
const MAX_HEADER_BYTES = 16 * 1024;

export async function* multipartParts(
  chunks: AsyncIterable<Uint8Array>,
  boundary: string,
): AsyncGenerator<FormPart> {
  const source = chunks[Symbol.asyncIterator]();
  // The body starts with `--boundary`; a leading CRLF lets one search pattern find them all.
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let buf: Buffer = Buffer.from('\r\n');
  const more = async (): Promise<boolean> => {
    const next = await source.next();
    if (next.done) return false;
    buf = buf.length ? Buffer.concat([buf, next.value]) : Buffer.from(next.value);
    return true;
  };
  const cutOff = () => new MultipartError('the multipart body was cut off');

  // Preamble: skip to the first delimiter.
  for (;;) {
    const at = buf.indexOf(delimiter);
    if (at !== -1) {
      buf = buf.subarray(at + delimiter.length);
      break;
    }
    buf = buf.subarray(Math.max(0, buf.length - delimiter.length));
    if (!(await more())) throw new MultipartError('no multipart boundary found in the body');
  }

  for (;;) {
    while (buf.length < 2) if (!(await more())) throw cutOff();
    if (buf[0] === 0x2d && buf[1] === 0x2d) return; // `--boundary--`: the end
    let headerEnd = buf.indexOf(HEADER_END);
    while (headerEnd === -1) {
      if (buf.length > MAX_HEADER_BYTES)
        throw new MultipartError('multipart part headers too long');
      if (!(await more())) throw cutOff();
      headerEnd = buf.indexOf(HEADER_END);
    }
    // The block starts after the delimiter's own line end (and any transport padding).
    const part = parseHeaders(buf.subarray(0, headerEnd).toString('utf8'));
    buf = buf.subarray(headerEnd + HEADER_END.length);

    let finished = false;
    async function* body(): AsyncGenerator<Uint8Array> {
      for (;;) {
        const at = buf.indexOf(delimiter);
        if (at !== -1) {
          if (at > 0) yield buf.subarray(0, at);
          buf = buf.subarray(at + delimiter.length);
          finished = true;
          return;
        }
        // Keep a tail that could be the start of a delimiter split across chunks.
        const keep = delimiter.length - 1;
        if (buf.length > keep) {
          const out = buf.subarray(0, buf.length - keep);
          buf = buf.subarray(buf.length - keep);
          yield out;
        }
        if (!(await more())) throw cutOff();
      }
    }
    yield { ...part, body: body() };
    // The consumer may have stopped early (or ignored a plain field): a fresh reader picks up
    // where it left off (all state is in `buf`) and skips to the next part.
    if (!finished) for await (const _ of body());
  }
}
