import type { AnnotatorFigures } from '../../../shared/api/dashboard';

const numberFormat = new Intl.NumberFormat('en-US');
export const formatNumber = (n: number) => numberFormat.format(n);

/** "33%"; a dash when there was nothing to divide by. */
export function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 100)}%`;
}

/** Lead times: "8.5 s", "4 min 5 s", "2 h 10 min"; a dash when unknown. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${Math.round(seconds * 10) / 10} s`;
  const whole = Math.round(seconds);
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`;
}

const dayFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
/** A UTC day as "Mar 9, 2024". */
export const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));

export function annotatorName(figures: AnnotatorFigures): string {
  if (!figures.user) return 'No author (imported)';
  return figures.user.name || figures.user.email;
}
