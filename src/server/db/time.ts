/**
 * Timestamps as the API writes them: `2024-06-18T23:45:46.048490Z`. JS clocks give
 * milliseconds; the sub-millisecond digits come from a per-process counter so that two writes
 * in the same millisecond still get distinct, increasing values (ETags rely on that).
 */
let lastMs = 0;
let micro = 0;

export function nowIso(): string {
  const ms = Date.now();
  if (ms > lastMs) {
    lastMs = ms;
    micro = 0;
  } else if (micro < 999) {
    micro += 1;
  }
  return formatMicros(new Date(lastMs), micro);
}

function formatMicros(d: Date, extraMicros: number): string {
  const base = d.toISOString(); // 2024-06-18T23:45:46.048Z
  return `${base.slice(0, 23)}${String(extraMicros).padStart(3, '0')}Z`;
}

/** A value strictly after `previous` (µs), used so a row's updated_at always moves forward. */
export function nowAfter(previous: string): string {
  const now = nowIso();
  if (now > previous) return now;
  const ms = Date.parse(previous.slice(0, 23) + 'Z');
  const us = Number(previous.slice(23, 26));
  return us < 999 ? formatMicros(new Date(ms), us + 1) : formatMicros(new Date(ms + 1), 0);
}

/** Normalise any ISO 8601 input to the stored form; null when it does not parse. */
export function toApiDatetime(input: string): string | null {
  const ms = Date.parse(input);
  if (Number.isNaN(ms)) return null;
  const frac = /\.(\d+)/.exec(input)?.[1] ?? '';
  const micros = frac.length > 3 ? Number(frac.slice(3, 6).padEnd(3, '0')) : 0;
  return formatMicros(new Date(ms), micros);
}

export function isoMinus(seconds: number): string {
  return formatMicros(new Date(Date.now() - seconds * 1000), 0);
}

export function isoPlus(seconds: number): string {
  return formatMicros(new Date(Date.now() + seconds * 1000), 0);
}
