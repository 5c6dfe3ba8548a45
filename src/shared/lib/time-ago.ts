/**
 * Label Studio's `created_ago`: "N unit" with a no-break space, at most two adjacent units
 * joined by ", " ("2\u00a0days, 3\u00a0hours"); under a minute "0\u00a0minutes".
 */
const UNITS: [name: string, seconds: number][] = [
  ['year', 365 * 86400],
  ['month', 30 * 86400],
  ['week', 7 * 86400],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
];

const NBSP = '\u00a0';
const part = (n: number, unit: string) => `${n}${NBSP}${unit}${n === 1 ? '' : 's'}`;

export function timeAgo(fromIso: string, now: number = Date.now()): string {
  const seconds = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 1000));
  for (let i = 0; i < UNITS.length; i++) {
    const [unit, size] = UNITS[i]!;
    const count = Math.floor(seconds / size);
    if (count === 0) continue;
    const next = UNITS[i + 1];
    if (!next) return part(count, unit);
    const rest = Math.floor((seconds - count * size) / next[1]);
    return rest > 0 ? `${part(count, unit)}, ${part(rest, next[0])}` : part(count, unit);
  }
  return part(0, 'minute');
}
