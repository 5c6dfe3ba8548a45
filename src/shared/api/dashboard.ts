import { z } from 'zod';
import { Id } from './common';

/**
 * `GET /api/projects/{id}/dashboard?from=&to=` (reviewers and admins). Days are UTC calendar
 * days, `from` and `to` both included. Progress comes from the project's stored counters and
 * covers all time; everything else covers annotations created (and reviews made) in the range.
 */

/** A UTC calendar day, `2024-06-18`. */
export const IsoDay = z.iso.date();
export type IsoDay = z.infer<typeof IsoDay>;

export const DEFAULT_RANGE_DAYS = 30;
/** Longest range one request may ask for: the per-day series stays a few hundred points. */
export const MAX_RANGE_DAYS = 731;

export const DashboardQuery = z
  .object({
    from: IsoDay.optional(),
    to: IsoDay.optional(),
  })
  .strict();
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export interface DayRange {
  from: IsoDay;
  to: IsoDay;
}

const DAY_MS = 86_400_000;
const dayMs = (day: IsoDay) => Date.parse(`${day}T00:00:00Z`);
export const dayOf = (ms: number): IsoDay => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: IsoDay, days: number): IsoDay => dayOf(dayMs(day) + days * DAY_MS);
export const todayUtc = (now = Date.now()): IsoDay => dayOf(now);

/** Days from `from` to `to`, both included (1 for a single day). */
export const rangeLength = ({ from, to }: DayRange) =>
  Math.round((dayMs(to) - dayMs(from)) / DAY_MS) + 1;

/** Every day of the range in order, so a series has a point for days with nothing in them. */
export function daysOf(range: DayRange): IsoDay[] {
  const out: IsoDay[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) out.push(day);
  return out;
}

/** The last `days` days up to today (UTC), today included. */
export const lastDays = (days: number, today: IsoDay = todayUtc()): DayRange => ({
  from: addDays(today, 1 - days),
  to: today,
});

/**
 * The range a query asks for, with the defaults filled in (`to` today, `from` 30 days before
 * `to`), or the field error that makes it unusable. Server and client resolve it alike.
 */
export function resolveRange(
  query: DashboardQuery,
  today: IsoDay = todayUtc(),
): { ok: true; range: DayRange } | { ok: false; field: 'from' | 'to'; message: string } {
  const to = query.to ?? (query.from !== undefined && query.from > today ? query.from : today);
  const from = query.from ?? addDays(to, 1 - DEFAULT_RANGE_DAYS);
  if (from > to) return { ok: false, field: 'from', message: '"from" must not be after "to".' };
  if (rangeLength({ from, to }) > MAX_RANGE_DAYS) {
    return { ok: false, field: 'to', message: `A range may span at most ${MAX_RANGE_DAYS} days.` };
  }
  return { ok: true, range: { from, to } };
}

const Count = z.int().nonnegative();
/** A share from 0 to 1; null when there is nothing to divide by. */
const Rate = z.number().min(0).max(1).nullable();
/** Seconds; null when no annotation in the range carries a lead time. */
const Seconds = z.number().nonnegative().nullable();

export const DashboardProgress = z.object({
  tasks: Count,
  labeled_tasks: Count,
  /** Submitted (not skipped) annotations. */
  annotations: Count,
  skipped: Count,
  ground_truth: Count,
});
export type DashboardProgress = z.infer<typeof DashboardProgress>;

export const DashboardTotals = z.object({
  annotations: Count,
  skipped: Count,
  /** skipped / (annotations + skipped). */
  skip_rate: Rate,
  reviews: Count,
  rejected: Count,
  /** rejected / reviews. */
  reject_rate: Rate,
});
export type DashboardTotals = z.infer<typeof DashboardTotals>;

export const ThroughputDay = z.object({ day: IsoDay, submitted: Count, skipped: Count });
export type ThroughputDay = z.infer<typeof ThroughputDay>;

export const AnnotatorFigures = z.object({
  /** null for annotations without an author (imported ones). */
  user: z.object({ id: Id, email: z.string(), name: z.string() }).nullable(),
  annotations: Count,
  skipped: Count,
  lead_time_median: Seconds,
  lead_time_p90: Seconds,
  /** Reviews of this annotator's annotations made in the range, and how many were rejections. */
  reviews: Count,
  rejected: Count,
  reject_rate: Rate,
});
export type AnnotatorFigures = z.infer<typeof AnnotatorFigures>;

export const LabelCount = z.object({ value: z.string(), count: Count });
export type LabelCount = z.infer<typeof LabelCount>;

/** One control's values and how often submitted annotations chose them. */
export const ControlDistribution = z.object({
  control: z.string(),
  tag: z.string(),
  values: z.array(LabelCount),
});
export type ControlDistribution = z.infer<typeof ControlDistribution>;

export const Dashboard = z.object({
  range: z.object({ from: IsoDay, to: IsoDay }),
  progress: DashboardProgress,
  totals: DashboardTotals,
  throughput: z.array(ThroughputDay),
  annotators: z.array(AnnotatorFigures),
  labels: z.array(ControlDistribution),
});
export type Dashboard = z.infer<typeof Dashboard>;

/** `part / whole`, or null when the whole is zero. */
export const rate = (part: number, whole: number): number | null =>
  whole === 0 ? null : part / whole;
