// Engine errors (1-based line/column, maybe a tag and attribute) → editor ranges. The range
// covers the attribute name when the engine names one, else the `<Tag` it points at, so the
// underline sits on what has to change rather than on a whole line.
import type { Text } from '@codemirror/state';
import type { Diagnostic } from '@codemirror/lint';
import type { ConfigError } from '../../../../shared/label-config/config-error';

/** How far past the tag start an attribute is looked for (a start tag rarely runs longer). */
const ATTRIBUTE_WINDOW = 2000;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function errorRange(doc: Text, error: ConfigError): { from: number; to: number } {
  if (error.line === undefined || doc.length === 0) {
    return { from: 0, to: Math.min(doc.length, doc.line(1).to) };
  }
  const line = doc.line(Math.min(Math.max(1, error.line), doc.lines));
  const from = line.from + Math.min(Math.max(0, (error.column ?? 1) - 1), line.length);
  const ahead = doc.sliceString(from, Math.min(doc.length, from + ATTRIBUTE_WINDOW));
  if (error.attribute) {
    const match = new RegExp(`\\s(${escapeRegExp(error.attribute)})\\s*=`, 'i').exec(ahead);
    if (match?.[1]) {
      const start = from + match.index + 1;
      return { from: start, to: start + match[1].length };
    }
  }
  if (error.tag && ahead.startsWith('<')) {
    const name = /^<\/?([\w:-]+)/.exec(ahead)?.[1];
    if (name) return { from, to: from + 1 + name.length };
  }
  // Nothing to anchor on: the rest of the line, or one character at its end.
  return from < line.to ? { from, to: line.to } : { from: Math.max(line.from, from - 1), to: from };
}

export function toDiagnostics(doc: Text, errors: readonly ConfigError[]): Diagnostic[] {
  return errors.map((error) => ({
    ...errorRange(doc, error),
    severity: 'error',
    message: error.message,
  }));
}

/** "Line 4, column 3" for the error list; empty when the engine could not place it. */
export function describePosition(error: ConfigError): string {
  if (error.line === undefined) return '';
  return error.column === undefined
    ? `Line ${error.line}`
    : `Line ${error.line}, column ${error.column}`;
}
