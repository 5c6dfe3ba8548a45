import {
  addDays,
  daysOf,
  rate,
  type AnnotatorFigures,
  type Dashboard,
  type DayRange,
} from '../../../shared/api/dashboard';
import type { Q } from '../../db/connect';
import {
  countsByAnnotator,
  leadTimeRanks,
  reviewsByAnnotator,
  throughputByDay,
  type DashboardWindow,
} from '../../db/dashboard';
import type { ProjectRow } from '../../db/projects';
import { usersMap, type UserRow } from '../../db/users';
import { configOf } from '../../label-config';
import { labelDistribution } from './label-distribution';
import { MEDIAN, P90, percentile } from './percentiles';

/** The stored datetime at the start of a UTC day. */
const startOf = (day: string) => `${day}T00:00:00.000000Z`;

export const windowOf = (projectId: number, range: DayRange): DashboardWindow => ({
  projectId,
  since: startOf(range.from),
  until: startOf(addDays(range.to, 1)),
});

/** Authors keyed so that "no author" (null) is a key like any other. */
const keyOf = (userId: number | null) => userId ?? 0;

interface AuthorRow {
  userId: number | null;
  submitted: number;
  skipped: number;
  reviews: number;
  rejected: number;
  ranks: Map<number, number>;
  ranked: number;
}

function authorRows(
  counts: Awaited<ReturnType<typeof countsByAnnotator>>,
  reviews: Awaited<ReturnType<typeof reviewsByAnnotator>>,
  ranks: Awaited<ReturnType<typeof leadTimeRanks>>,
): Map<number, AuthorRow> {
  const out = new Map<number, AuthorRow>();
  const row = (userId: number | null) => {
    const key = keyOf(userId);
    let r = out.get(key);
    if (!r) {
      r = {
        userId,
        submitted: 0,
        skipped: 0,
        reviews: 0,
        rejected: 0,
        ranks: new Map(),
        ranked: 0,
      };
      out.set(key, r);
    }
    return r;
  };
  for (const c of counts)
    Object.assign(row(c.userId), { submitted: c.submitted, skipped: c.skipped });
  for (const r of reviews)
    Object.assign(row(r.userId), { reviews: r.reviews, rejected: r.rejected });
  for (const t of ranks) {
    const r = row(t.userId);
    r.ranks.set(t.position, t.leadTime);
    r.ranked = t.count;
  }
  return out;
}

/** Milliseconds are the most a lead time can mean; interpolation adds float noise below that. */
const toMs = (seconds: number | null) =>
  seconds === null ? null : Math.round(seconds * 1000) / 1000;

const nameOf = (u: UserRow) => `${u.first_name} ${u.last_name}`.trim();

function figures(r: AuthorRow, users: ReadonlyMap<number, UserRow>): AnnotatorFigures {
  const u = r.userId === null ? undefined : users.get(r.userId);
  return {
    user: u ? { id: u.id, email: u.email, name: nameOf(u) } : null,
    annotations: r.submitted,
    skipped: r.skipped,
    lead_time_median: toMs(percentile(r.ranks, r.ranked, MEDIAN)),
    lead_time_p90: toMs(percentile(r.ranks, r.ranked, P90)),
    reviews: r.reviews,
    rejected: r.rejected,
    reject_rate: rate(r.rejected, r.reviews),
  };
}

const sum = <T>(rows: Iterable<T>, pick: (row: T) => number) => {
  let total = 0;
  for (const row of rows) total += pick(row);
  return total;
};

/** The whole dashboard of a project for a range of UTC days. */
export async function projectDashboard(
  db: Q,
  project: ProjectRow,
  range: DayRange,
): Promise<Dashboard> {
  const window = windowOf(project.id, range);
  const [perDay, counts, reviews, ranks, labels] = await Promise.all([
    throughputByDay(db, window),
    countsByAnnotator(db, window),
    reviewsByAnnotator(db, window),
    leadTimeRanks(db, window),
    labelDistribution(db, window, configOf(project.label_config)),
  ]);
  const authors = authorRows(counts, reviews, ranks);
  const users = await usersMap(
    db,
    [...authors.values()].map((a) => a.userId),
  );
  const byDay = new Map(perDay.map((d) => [d.day, d]));

  const annotations = sum(counts, (c) => c.submitted);
  const skipped = sum(counts, (c) => c.skipped);
  const reviewCount = sum(reviews, (r) => r.reviews);
  const rejected = sum(reviews, (r) => r.rejected);
  const annotators = [...authors.values()]
    .map((a) => figures(a, users))
    .sort(
      (a, b) =>
        b.annotations - a.annotations ||
        (a.user?.email ?? '\uffff').localeCompare(b.user?.email ?? '\uffff'),
    );

  return {
    range,
    progress: {
      tasks: project.task_number,
      labeled_tasks: project.finished_task_number,
      annotations: project.total_annotations_number,
      skipped: project.skipped_annotations_number,
      ground_truth: project.ground_truth_number,
    },
    totals: {
      annotations,
      skipped,
      skip_rate: rate(skipped, annotations + skipped),
      reviews: reviewCount,
      rejected,
      reject_rate: rate(rejected, reviewCount),
    },
    throughput: daysOf(range).map((day) => ({
      day,
      submitted: byDay.get(day)?.submitted ?? 0,
      skipped: byDay.get(day)?.skipped ?? 0,
    })),
    annotators,
    labels,
  };
}
