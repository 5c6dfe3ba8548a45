import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Context } from 'hono';
import { ApiError, badRequest } from '../../errors';
import { tooLarge } from '../../http/body';
import { requestHeader } from '../../http/headers';

/**
 * The import body, readable as many times as the import needs (a validation pass, then a
 * write pass). Up to `memoryLimit` bytes it stays in memory; past that it is spooled to a
 * temporary file while it arrives, so the process holds at most one network chunk of it.
 */
export interface BodySource {
  readonly size: number;
  readonly contentType: string;
  /** True when the body went to disk (it was over the memory limit). */
  readonly spooled: boolean;
  chunks(): AsyncIterable<Uint8Array>;
  dispose(): Promise<void>;
}

export function memorySource(contentType: string, parts: Uint8Array[]): BodySource {
  const size = parts.reduce((n, p) => n + p.byteLength, 0);
  return {
    size,
    contentType,
    spooled: false,
    async *chunks() {
      yield* parts;
    },
    dispose: async () => {},
  };
}

function fileSource(contentType: string, dir: string, file: string, size: number): BodySource {
  return {
    size,
    contentType,
    spooled: true,
    chunks: () => createReadStream(file, { highWaterMark: 1 << 20 }),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The request's byte stream: Node's IncomingMessage when served, the Fetch body in tests. */
async function* requestChunks(c: Context): AsyncGenerator<Uint8Array> {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming) {
    if (incoming.readableEnded) return;
    yield* incoming as AsyncIterable<Buffer>;
    return;
  }
  const stream = c.req.raw.body;
  if (!stream) return;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const ABORT_CODES = new Set(['ECONNRESET', 'ERR_STREAM_PREMATURE_CLOSE', 'ABORT_ERR']);
const isAbort = (e: unknown) =>
  !(e instanceof ApiError) && ABORT_CODES.has(String((e as { code?: unknown }).code));

/** Read the request body into a BodySource, refusing more than `limit` bytes (413). */
export async function spoolBody(
  c: Context,
  opts: { limit: number; memoryLimit: number; tmpDir?: string },
): Promise<BodySource> {
  const contentType = requestHeader(c, 'content-type') ?? '';
  const declared = Number(requestHeader(c, 'content-length') ?? NaN);
  if (declared > opts.limit) throw tooLarge();
  const parts: Uint8Array[] = [];
  let size = 0;
  let dir: string | null = null;
  let file: FileHandle | null = null;
  let filePath = '';
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  try {
    for await (const chunk of requestChunks(c)) {
      size += chunk.byteLength;
      if (size > opts.limit) {
        incoming?.resume(); // discard the rest so the 413 can still be sent
        throw tooLarge();
      }
      if (!file && (size > opts.memoryLimit || declared > opts.memoryLimit)) {
        dir = path.join(opts.tmpDir ?? os.tmpdir(), `margin-import-${randomUUID()}`);
        await mkdir(dir, { recursive: true });
        filePath = path.join(dir, 'body');
        file = await open(filePath, 'w');
        for (const p of parts) await file.write(p);
        parts.length = 0;
      }
      if (file) await file.write(chunk);
      else parts.push(chunk);
    }
    if (incoming && !incoming.complete) throw badRequest('The request body was cut off.');
  } catch (e) {
    await file?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    // A client that goes away mid-upload aborts the stream: that is a cut-off body, not a 500.
    throw isAbort(e) ? badRequest('The request body was cut off.') : e;
  }
  if (!file) return memorySource(contentType, parts);
  await file.close();
  return fileSource(contentType, dir!, filePath, size);
}
