import { show } from './json-values';
import type { ItemContext } from './validation-context';

/** Reads a non-negative integer offset, reporting anything else (NaN, -1, 1.5, "3"). */
export function readOffset(ctx: ItemContext, key: string): number | undefined {
  const value = ctx.value[key];
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  ctx.error(`value.${key}`, `${key} must be a non-negative integer, got ${show(value)}`);
  return undefined;
}

export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
