// Spans on HyperText: XPaths + offsets inside text nodes (not checkable without a DOM) and
// optional `globalOffsets` into the rendered text content, which we bound.
import { readOffset } from './geometry-offsets';
import { isNonNegativeInteger, isPlainObject, show } from './json-values';
import type { ItemContext } from './validation-context';

export const HYPERTEXT_SPAN_KEYS = [
  'start',
  'end',
  'startOffset',
  'endOffset',
  'globalOffsets',
  'text',
] as const;

export function validateHyperTextSpan(ctx: ItemContext): void {
  for (const key of ['start', 'end'] as const) {
    const xpath = ctx.value[key];
    if (typeof xpath !== 'string' || xpath === '') {
      ctx.error(`value.${key}`, `${key} must be an XPath string, got ${show(xpath)}`);
    }
  }
  readOffset(ctx, 'startOffset');
  readOffset(ctx, 'endOffset');
  if (ctx.value['text'] !== undefined && typeof ctx.value['text'] !== 'string') {
    ctx.error('value.text', 'text must be a string');
  }
  const global = ctx.value['globalOffsets'];
  if (global === undefined) return;
  const field = 'value.globalOffsets';
  if (
    !isPlainObject(global) ||
    !isNonNegativeInteger(global['start']) ||
    !isNonNegativeInteger(global['end'])
  ) {
    ctx.error(
      field,
      `globalOffsets must be {start, end} non-negative integers, got ${show(global)}`,
    );
    return;
  }
  const { start, end } = global as { start: number; end: number };
  if (start >= end) {
    ctx.error(field, `globalOffsets start ${start} must be less than end ${end}`);
    return;
  }
  const source = ctx.result.source(ctx.object);
  if (source.kind === 'text' && end > source.index.length) {
    ctx.error(
      field,
      `globalOffsets end ${end} is past the end of the text content (${source.index.length} code points)`,
    );
  }
}
