import { sql, type SqlBool } from 'kysely';
import type { Q } from './connect';
import { runRead } from './prepared';

/**
 * The dashboard's figures: one project, annotations created (and
 * reviews made) in [since, until). Datetimes are stored as ISO-8601 UTC text on both dialects,
 * so a range is a plain text comparison and a UTC day is the text's first ten characters:
 * SQLite and PostgreSQL bucket alike without any time-zone function.
 *
 * Cost: annotations in the range are a range scan of `annotations_project_created`
 * (migration 006); reviews use `reviews_project_created`.
 */
export interface DashboardWindow {
  projectId: number;
  /** Inclusive lower bound, stored datetime form. */
  since: string;
  /** Exclusive upper bound, stored datetime form. */
  until: string;
}

const n = (v: unknown) => Number(v ?? 0);

function inWindow(db: Q, w: DashboardWindow) {
  return db
    .selectFrom('annotations as a')
    .where('a.project_id', '=', w.projectId)
    .where('a.created_at', '>=', w.since)
    .where('a.created_at', '<', w.until);
}

const submitted = sql<number>`sum(case when a.was_cancelled = 0 then 1 else 0 end)`;
const skipped = sql<number>`sum(case when a.was_cancelled = 1 then 1 else 0 end)`;

/** Submitted and skipped annotations per UTC day; days without any are absent. */
export async function throughputByDay(db: Q, w: DashboardWindow) {
  const day = sql<string>`substr(a.created_at, 1, 10)`;
  const rows = await runRead(
    db,
    inWindow(db, w)
      .select([day.as('day'), submitted.as('submitted'), skipped.as('skipped')])
      .groupBy(day)
      .orderBy(day),
  );
  return rows.map((r) => ({ day: r.day, submitted: n(r.submitted), skipped: n(r.skipped) }));
}

/** Submitted and skipped annotations per author (null: no author, e.g. imported). */
export async function countsByAnnotator(db: Q, w: DashboardWindow) {
  const rows = await runRead(
    db,
    inWindow(db, w)
      .select(['a.completed_by', submitted.as('submitted'), skipped.as('skipped')])
      .groupBy('a.completed_by'),
  );
  return rows.map((r) => ({
    userId: r.completed_by,
    submitted: n(r.submitted),
    skipped: n(r.skipped),
  }));
}

/** Reviews made in the window of each author's annotations, and how many were rejections. */
export async function reviewsByAnnotator(db: Q, w: DashboardWindow) {
  const rows = await runRead(
    db,
    db
      .selectFrom('reviews as r')
      .innerJoin('annotations as a', 'a.id', 'r.annotation_id')
      .where('r.project_id', '=', w.projectId)
      .where('r.created_at', '>=', w.since)
      .where('r.created_at', '<', w.until)
      .select((eb) => [
        'a.completed_by',
        eb.fn.countAll<number>().as('reviews'),
        sql<number>`sum(case when r.action = 'reject' then 1 else 0 end)`.as('rejected'),
      ])
      .groupBy('a.completed_by'),
  );
  return rows.map((r) => ({
    userId: r.completed_by,
    reviews: n(r.reviews),
    rejected: n(r.rejected),
  }));
}

/** One ranked lead time: the `position`-th smallest (0-based) of an author's `count`. */
export interface RankedLeadTime {
  userId: number | null;
  position: number;
  count: number;
  leadTime: number;
}

/**
 * The lead times the median and the 90th percentile interpolate between, per author: ranks
 * come from window functions (SQLite ≥ 3.25 and PostgreSQL alike), and only the rows at
 * positions ⌊p(n−1)⌋ and ⌈p(n−1)⌉ for p = 0.5 and 0.9 leave the database — at most four per
 * author, whatever the project's size. Integer division is the floor on both dialects, and
 * ⌈p(n−1)⌉ is written as a floor too: ⌈(n−1)/2⌉ = ⌊n/2⌋, ⌈9(n−1)/10⌉ = ⌊9n/10⌋.
 */
export async function leadTimeRanks(db: Q, w: DashboardWindow): Promise<RankedLeadTime[]> {
  const ranked = inWindow(db, w)
    .where('a.was_cancelled', '=', 0)
    .where('a.lead_time', 'is not', null)
    .select([
      'a.completed_by',
      'a.lead_time',
      sql<number>`row_number() over (partition by a.completed_by order by a.lead_time) - 1`.as(
        'pos',
      ),
      sql<number>`count(*) over (partition by a.completed_by)`.as('cnt'),
    ])
    .as('x');
  const rows = await runRead(
    db,
    db
      .selectFrom(ranked)
      .selectAll()
      .where(
        sql<SqlBool>`x.pos in ((x.cnt - 1) / 2, x.cnt / 2, (9 * (x.cnt - 1)) / 10, (9 * x.cnt) / 10)`,
      ),
  );
  return rows.map((r) => ({
    userId: r.completed_by,
    position: n(r.pos),
    count: n(r.cnt),
    leadTime: n(r.lead_time),
  }));
}

/**
 * One batch of submitted results in the window, after annotation `afterId` (keyset order by
 * id, so each batch is an index range, however far in the walk is).
 */
export function resultBatch(db: Q, w: DashboardWindow, afterId: number, limit: number) {
  return runRead(
    db,
    inWindow(db, w)
      .where('a.was_cancelled', '=', 0)
      .where('a.result', 'is not', null)
      .where('a.id', '>', afterId)
      .select(['a.id', 'a.result'])
      .orderBy('a.id')
      .limit(limit),
  );
}
