import { dateTimeFormat, isValidDateTime } from './datetime-format';
import { show } from './json-values';
import type { DateTimeNode } from './tag-tree';
import type { ItemContext } from './validation-context';

/** `{"datetime": "..."}` in the format `only` implies, within min..max. */
export function validateDateTimeValue(ctx: ItemContext, control: DateTimeNode): void {
  const value = ctx.value['datetime'];
  const field = 'value.datetime';
  const format = dateTimeFormat(control.only);
  if (typeof value !== 'string' || !isValidDateTime(value, format)) {
    ctx.error(field, `datetime must look like ${format.example}, got ${show(value)}`);
    return;
  }
  // Same fixed-width format on both sides, so string order is time order.
  if (control.min !== undefined && value < control.min)
    ctx.error(field, `datetime ${value} is before min ${control.min}`);
  if (control.max !== undefined && value > control.max)
    ctx.error(field, `datetime ${value} is after max ${control.max}`);
}
