// The string a DateTime control stores for each `only` combination (label-config.md §2).
import type { DateTimePart } from './tag-tree';

export interface DateTimeFormat {
  readonly pattern: RegExp;
  /** Shown in error messages. */
  readonly example: string;
}

const DATE = '\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])';
// Seconds are optional: older Label Studio builds wrote them.
const TIME = '(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?';

export function dateTimeFormat(only: readonly DateTimePart[]): DateTimeFormat {
  const has = (p: DateTimePart) => only.includes(p);
  if (only.length === 0 || (has('date') && has('time')))
    return { pattern: new RegExp(`^${DATE}T${TIME}$`), example: '2024-05-01T10:30' };
  if (has('date')) return { pattern: new RegExp(`^${DATE}$`), example: '2024-05-01' };
  if (has('time')) return { pattern: new RegExp(`^${TIME}$`), example: '10:30' };
  if (has('month')) return { pattern: /^\d{4}-(?:0[1-9]|1[0-2])$/, example: '2024-05' };
  return { pattern: /^\d{4}$/, example: '2024' };
}

/** Format check plus a calendar check (no 2024-02-31). */
export function isValidDateTime(value: string, format: DateTimeFormat): boolean {
  if (!format.pattern.test(value)) return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
