import { ANNOTATION_KEYS, dataKeys, forEachMinRow } from './min-rows';
import type { ExportContext, Formatter, FormatWriter } from './types';

/**
 * CSV and TSV: the JSON_MIN rows as a table. The header is fixed before the first row is
 * written, so it is the union of: the data keys of the first batch of tasks (first 1,000
 * exported tasks, in order of first appearance), `id`, every control of the config (config
 * order), then the annotation keys. A data key that first appears after the first batch has no
 * column (documented limit: a streamed file cannot grow its header). Strings are written as
 * they are; numbers, booleans, lists and objects as JSON; null and missing keys as empty.
 */

const cellText = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

/** RFC 4180: a field holding a comma, quote, CR or LF is quoted, quotes doubled. */
export const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** TSV has no quoting: backslash, tab, LF and CR are written as `\\`, `\t`, `\n`, `\r`. */
const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
export const tsvField = (s: string) =>
  /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c]!) : s;

interface Dialect {
  separator: string;
  lineEnd: string;
  field: (s: string) => string;
}

function tableWriter({ config }: ExportContext, d: Dialect): FormatWriter {
  let columns: string[] | null = null;
  const headerLine = (keys: string[]) => {
    columns = [...new Set([...keys, 'id', ...config.controls.keys(), ...ANNOTATION_KEYS])];
    return columns.map(d.field).join(d.separator) + d.lineEnd;
  };
  return {
    batch(b) {
      let out = columns ? '' : headerLine(dataKeys(b.tasks));
      const cols = columns!;
      forEachMinRow(config, b, (row) => {
        let line = '';
        for (let i = 0; i < cols.length; i++) {
          if (i) line += d.separator;
          line += d.field(cellText(row[cols[i]!]));
        }
        out += line + d.lineEnd;
      });
      return out;
    },
    end: () => (columns ? '' : headerLine([])),
  };
}

const needs = () =>
  ({ rows: 'min', predictions: 'none', drafts: false, users: true, reviews: false }) as const;

export const csvFormat: Formatter = {
  title: 'CSV',
  description:
    'The JSON-MIN rows as comma-separated values (RFC 4180) with a header row; lists and ' +
    'objects are JSON-encoded.',
  extension: 'csv',
  contentType: 'text/csv; charset=utf-8',
  needs,
  open: (ctx) => tableWriter(ctx, { separator: ',', lineEnd: '\r\n', field: csvField }),
};

export const tsvFormat: Formatter = {
  title: 'TSV',
  description:
    'The JSON-MIN rows as tab-separated values with a header row; tabs, line breaks and ' +
    'backslashes inside values are escaped as \\t, \\n, \\r and \\\\.',
  extension: 'tsv',
  contentType: 'text/tab-separated-values; charset=utf-8',
  needs,
  open: (ctx) => tableWriter(ctx, { separator: '\t', lineEnd: '\n', field: tsvField }),
};
