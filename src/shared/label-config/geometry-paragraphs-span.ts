// Spans on Paragraphs: paragraph indexes (strings, as Label Studio writes them) and code-point
// offsets inside those paragraphs.
import { clip, readOffset } from './geometry-offsets';
import { show } from './json-values';
import type { ItemContext } from './validation-context';

export const PARAGRAPHS_SPAN_KEYS = ['start', 'end', 'startOffset', 'endOffset', 'text'] as const;

function readIndex(ctx: ItemContext, key: 'start' | 'end'): number | undefined {
  const raw = ctx.value[key];
  const n = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
  if (typeof n === 'number' && Number.isInteger(n) && n >= 0) return n;
  ctx.error(`value.${key}`, `${key} must be a paragraph index like "0", got ${show(raw)}`);
  return undefined;
}

export function validateParagraphsSpan(ctx: ItemContext): void {
  const start = readIndex(ctx, 'start');
  const end = readIndex(ctx, 'end');
  const startOffset = readOffset(ctx, 'startOffset');
  const endOffset = readOffset(ctx, 'endOffset');
  if (
    start === undefined ||
    end === undefined ||
    startOffset === undefined ||
    endOffset === undefined
  )
    return;
  if (start > end || (start === end && startOffset >= endOffset)) {
    ctx.error(
      'value.start',
      `the span must start before it ends (paragraph ${start} offset ${startOffset}, paragraph ${end} offset ${endOffset})`,
    );
    return;
  }
  const source = ctx.result.source(ctx.object);
  if (source.kind === 'unavailable') {
    ctx.error('value', `cannot check the span: ${source.reason}`);
    return;
  }
  if (source.kind !== 'paragraphs') return;
  const first = source.paragraph(start);
  const last = source.paragraph(end);
  if (!first)
    ctx.error('value.start', `paragraph ${start} does not exist (${source.count} paragraphs)`);
  if (!last) ctx.error('value.end', `paragraph ${end} does not exist (${source.count} paragraphs)`);
  if (!first || !last) return;
  if (startOffset > first.length) {
    ctx.error(
      'value.startOffset',
      `startOffset ${startOffset} is past the end of paragraph ${start} (${first.length} code points)`,
    );
  }
  if (endOffset > last.length) {
    ctx.error(
      'value.endOffset',
      `endOffset ${endOffset} is past the end of paragraph ${end} (${last.length} code points)`,
    );
    return;
  }
  const text = ctx.value['text'];
  if (text !== undefined && typeof text !== 'string')
    ctx.error('value.text', 'text must be a string');
  // Across paragraphs the joining of texts is the editor's business; check the simple case.
  if (typeof text === 'string' && start === end) {
    const covered = first.slice(startOffset, endOffset);
    if (covered !== text) {
      ctx.error(
        'value.text',
        `text "${clip(text)}" differs from the covered text "${clip(covered)}"`,
      );
    }
  }
}
