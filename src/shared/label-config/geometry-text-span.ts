// Spans on Text: code-point offsets, end exclusive, `text` equal to the covered substring.
import { clip, readOffset } from './geometry-offsets';
import type { ItemContext } from './validation-context';

export const TEXT_SPAN_KEYS = ['start', 'end', 'text'] as const;

export function validateTextSpan(ctx: ItemContext): void {
  const start = readOffset(ctx, 'start');
  const end = readOffset(ctx, 'end');
  if (start === undefined || end === undefined) return;
  if (start >= end) {
    ctx.error('value.start', `start ${start} must be less than end ${end}`);
    return;
  }
  const source = ctx.result.source(ctx.object);
  if (source.kind === 'unavailable') {
    ctx.error('value', `cannot check the span: ${source.reason}`);
    return;
  }
  if (source.kind !== 'text') return;
  const { index } = source;
  if (end > index.length) {
    ctx.error('value.end', `end ${end} is past the end of the text (${index.length} code points)`);
    return;
  }
  const text = ctx.value['text'];
  // saveTextResult="false" omits it; when present it must match.
  if (text === undefined) return;
  if (typeof text !== 'string') {
    ctx.error('value.text', `text must be a string`);
    return;
  }
  const covered = index.slice(start, end);
  if (text === covered) return;
  // The classic mistake (LS #1347, #3078): offsets counted in UTF-16 units.
  const hint =
    index.text.slice(start, end) === text
      ? '; the offsets look like UTF-16 units, but they must count Unicode code points'
      : '';
  ctx.error(
    'value.text',
    `text "${clip(text)}" differs from the covered text "${clip(covered)}" (code points ${start}–${end})${hint}`,
  );
}
