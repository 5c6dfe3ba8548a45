import { CsvError } from './csv';
import {
  FORMAT_BY_MEDIA_TYPE,
  FORMATS,
  formatOfFile,
  ImportInputError,
  mediaTypeOf,
  type FormatContext,
  type FormatName,
  type RawItem,
} from './formats';
import { JsonStreamError } from './json-stream';
import { boundaryOf, MultipartError, multipartParts } from './multipart';
import type { BodySource } from './source';
import { TextStreamError } from './text';

/** The format of a raw body by its media type; undefined = not importable (415). */
export function formatOfMediaType(type: string): FormatName | 'multipart' | undefined {
  if (type === 'multipart/form-data') return 'multipart';
  if (type.endsWith('+json')) return 'json';
  return FORMAT_BY_MEDIA_TYPE[type];
}

/** Parser errors → the one fatal error the import reports (api-contract.md §2 wording). */
const FATAL_PREFIX = new Map<new (m: string) => Error, string>([
  [JsonStreamError, 'JSON parse error - '],
  [CsvError, 'CSV parse error - '],
  [TextStreamError, 'Malformed body - '],
  [MultipartError, 'Malformed multipart body - '],
]);

function asInputError(e: unknown): unknown {
  for (const [type, prefix] of FATAL_PREFIX)
    if (e instanceof type) return new ImportInputError(`${prefix}${e.message}`);
  return e;
}

async function* itemsOf(source: BodySource, ctx: FormatContext): AsyncGenerator<RawItem> {
  const type = mediaTypeOf(source.contentType);
  const format = formatOfMediaType(type);
  if (format !== 'multipart') {
    yield* FORMATS[format ?? 'json'](source.chunks(), ctx);
    return;
  }
  const boundary = boundaryOf(source.contentType);
  if (!boundary) throw new ImportInputError('Malformed multipart body - no boundary');
  // Every uploaded file contributes its tasks, in order; plain form fields are ignored.
  for await (const part of multipartParts(source.chunks(), boundary)) {
    if (part.filename === null) continue;
    yield* FORMATS[formatOfFile(part.filename)](part.body, ctx);
  }
}

/** Every item of the body, whatever its format; a body that cannot be read throws ImportInputError. */
export async function* readItems(source: BodySource, ctx: FormatContext): AsyncGenerator<RawItem> {
  try {
    yield* itemsOf(source, ctx);
  } catch (e) {
    throw asInputError(e);
  }
}
