/** Byte chunks → text for the line- and CSV-based formats. */

export class TextStreamError extends Error {}

/** UTF-8 decoded across chunk borders; a leading BOM is dropped (TextDecoder's default). */
export async function* decodeText(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of chunks) {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (e) {
    if (e instanceof TypeError) throw new TextStreamError('body is not valid UTF-8');
    throw e;
  }
}

/** Lines without their `\n` / `\r\n`; a last line without a newline counts too. */
export async function* splitLines(text: AsyncIterable<string>): AsyncGenerator<string> {
  let pending = '';
  for await (const chunk of text) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      const line = pending + chunk.slice(start, nl);
      pending = '';
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      start = nl + 1;
    }
    pending += chunk.slice(start);
  }
  if (pending) yield pending.endsWith('\r') ? pending.slice(0, -1) : pending;
}
