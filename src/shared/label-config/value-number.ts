import { show } from './json-values';
import type { NumberNode } from './tag-tree';
import type { ItemContext } from './validation-context';

// Decimal steps (0.1) never divide exactly in binary floating point.
const STEP_TOLERANCE = 1e-9;

/** `{"number": n}` within min..max and on the step grid (counted from min, like <input>). */
export function validateNumberValue(ctx: ItemContext, control: NumberNode): void {
  const n = ctx.value['number'];
  const field = 'value.number';
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    ctx.error(field, `number must be a finite number, got ${show(n)}`);
    return;
  }
  if (control.min !== undefined && n < control.min)
    ctx.error(field, `number ${n} is below min ${control.min}`);
  if (control.max !== undefined && n > control.max)
    ctx.error(field, `number ${n} is above max ${control.max}`);
  const steps = (n - (control.min ?? 0)) / control.step;
  if (Math.abs(steps - Math.round(steps)) > STEP_TOLERANCE * Math.max(1, Math.abs(steps))) {
    ctx.error(field, `number ${n} is not on step ${control.step}`);
  }
}
