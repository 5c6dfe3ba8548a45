import { parseCsv } from './csv';
import { splitJsonList } from './json-stream';
import { decodeText, splitLines } from './text';

/**
 * Import formats (api-contract.md §7) as a registry: each turns a byte stream into items, one
 * per task-to-be. A row-level problem (a ragged CSV row, a JSONL line that does not parse) is
 * an item carrying its error; a stream that cannot be read at all throws ImportInputError.
 */

export type RawItem = { value: unknown } | { error: string };

/** The whole input is unusable: a 400 (or a failed job), nothing stored in any mode. */
export class ImportInputError extends Error {}

export interface FormatContext {
  /** The one `$variable` of the config, for formats whose rows are bare values (txt, URLs). */
  singleDataKey(): string;
}

type Reader = (chunks: AsyncIterable<Uint8Array>, ctx: FormatContext) => AsyncIterable<RawItem>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ImportInputError(`JSON parse error - ${(e as Error).message}`);
  }
}

async function* jsonItems(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<RawItem> {
  for await (const text of splitJsonList(chunks)) yield { value: parseJson(text) };
}

async function* jsonlItems(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<RawItem> {
  for await (const line of splitLines(decodeText(chunks))) {
    if (line.trim() === '') continue;
    try {
      yield { value: JSON.parse(line) };
    } catch (e) {
      yield { error: `JSON parse error - ${(e as Error).message}` };
    }
  }
}

/** Header row = data keys; values stay strings (a spreadsheet's "007" is not the number 7). */
function tableItems(delimiter: string): Reader {
  return async function* (chunks) {
    let header: string[] | null = null;
    for await (const record of parseCsv(decodeText(chunks), delimiter)) {
      if (!header) {
        header = record.map((h) => h.trim());
        continue;
      }
      if (record.length !== header.length) {
        yield { error: `row has ${record.length} fields, the header has ${header.length}` };
        continue;
      }
      const data: Record<string, string> = {};
      for (let i = 0; i < header.length; i++) data[header[i]!] = record[i]!;
      yield { value: data };
    }
  };
}

/** One task per non-blank line (a text per line, or a URL list for an Image config). */
async function* lineItems(
  chunks: AsyncIterable<Uint8Array>,
  ctx: FormatContext,
): AsyncGenerator<RawItem> {
  let key: string | null = null;
  for await (const line of splitLines(decodeText(chunks))) {
    if (line.trim() === '') continue;
    key ??= ctx.singleDataKey();
    yield { value: { [key]: line } };
  }
}

export const FORMATS = {
  json: jsonItems,
  jsonl: jsonlItems,
  csv: tableItems('detect'),
  tsv: tableItems('\t'),
  txt: lineItems,
} satisfies Record<string, Reader>;
export type FormatName = keyof typeof FORMATS;

/** Raw (non-multipart) bodies by media type. */
export const FORMAT_BY_MEDIA_TYPE: Record<string, FormatName> = {
  '': 'json',
  'application/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'text/csv': 'csv',
  'text/tab-separated-values': 'tsv',
  'text/plain': 'txt',
  'text/uri-list': 'txt',
};

/** Uploaded files by extension. */
export const FORMAT_BY_EXTENSION: Record<string, FormatName> = {
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
  tsv: 'tsv',
  txt: 'txt',
};

export const mediaTypeOf = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase();

export function formatOfFile(filename: string): FormatName {
  const ext = /\.([^.]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';
  const format = FORMAT_BY_EXTENSION[ext];
  if (!format)
    throw new ImportInputError(
      `Unsupported file format "${filename}": use .json, .jsonl, .csv, .tsv or .txt.`,
    );
  return format;
}
