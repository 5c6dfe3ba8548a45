import { sql } from 'kysely';
import type { Q } from './connect';

/**
 * Counters are stored, never computed by scans at read time. A write that can change them
 * calls `refreshTaskCounters` inside its transaction: each touched task's counters are
 * recomputed from its own annotations and predictions (a handful of indexed rows), and the
 * project's totals move by the difference of the touched tasks' contributions before and
 * after. Inserted tasks contribute nothing "before"; deleted tasks nothing "after".
 */

const CONTRIBUTION = {
  task_number: sql<number>`count(*)`,
  finished_task_number: sql<number>`coalesce(sum(is_labeled), 0)`,
  total_annotations_number: sql<number>`coalesce(sum(total_annotations), 0)`,
  skipped_annotations_number: sql<number>`coalesce(sum(cancelled_annotations), 0)`,
  ground_truth_number: sql<number>`coalesce(sum(ground_truth_annotations), 0)`,
  useful_annotation_number: sql<number>`coalesce(sum(useful_annotations), 0)`,
  num_tasks_with_annotations: sql<number>`coalesce(sum(case when useful_annotations > 0 then 1 else 0 end), 0)`,
  total_predictions_number: sql<number>`coalesce(sum(total_predictions), 0)`,
};
type ProjectCounter = keyof typeof CONTRIBUTION;
export type Contribution = Record<ProjectCounter, number>;
const COUNTERS = Object.keys(CONTRIBUTION) as ProjectCounter[];

/** SQLite and PostgreSQL both accept far more, but chunks keep statements cache-friendly. */
const CHUNK = 500;
function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function contributionOf(db: Q, taskIds: readonly number[]): Promise<Contribution> {
  const total = Object.fromEntries(COUNTERS.map((k) => [k, 0])) as Contribution;
  for (const ids of chunks(taskIds)) {
    const row = await db
      .selectFrom('tasks')
      .select(COUNTERS.map((k) => CONTRIBUTION[k].as(k)))
      .where('id', 'in', ids)
      .executeTakeFirstOrThrow();
    for (const k of COUNTERS) total[k] += Number(row[k] ?? 0);
  }
  return total;
}

export async function applyProjectDelta(
  db: Q,
  projectId: number,
  before: Contribution,
  after: Contribution,
): Promise<void> {
  const changed = COUNTERS.filter((k) => after[k] !== before[k]);
  if (changed.length === 0) return;
  await db
    .updateTable('projects')
    .set((eb) => Object.fromEntries(changed.map((k) => [k, eb(k, '+', after[k] - before[k])])))
    .where('id', '=', projectId)
    .execute();
}

/**
 * Recompute the stored counters of the given tasks (all in one project) from their rows.
 * `ignoreSkipped` mirrors the project's skip_queue=IGNORE_SKIPPED rule: skips count as finished.
 */
export async function recomputeTasks(db: Q, taskIds: readonly number[], ignoreSkipped: boolean): Promise<void> {
  const finished = ignoreSkipped
    ? sql<number>`(select count(*) from annotations a where a.task_id = tasks.id)`
    : sql<number>`(select count(*) from annotations a where a.task_id = tasks.id and a.was_cancelled = 0 and a.result is not null)`;
  for (const ids of chunks(taskIds)) {
    await db
      .updateTable('tasks')
      .set({
        total_annotations: sql`(select count(*) from annotations a where a.task_id = tasks.id and a.was_cancelled = 0)`,
        cancelled_annotations: sql`(select count(*) from annotations a where a.task_id = tasks.id and a.was_cancelled = 1)`,
        finished_annotations: finished,
        useful_annotations: sql`(select count(*) from annotations a where a.task_id = tasks.id and a.was_cancelled = 0 and a.ground_truth = 0 and a.result is not null)`,
        ground_truth_annotations: sql`(select count(*) from annotations a where a.task_id = tasks.id and a.ground_truth = 1)`,
        total_predictions: sql`(select count(*) from predictions p where p.task_id = tasks.id)`,
        completed_at: sql`(select max(a.created_at) from annotations a where a.task_id = tasks.id and a.was_cancelled = 0)`,
        avg_lead_time: sql`(select avg(a.lead_time) from annotations a where a.task_id = tasks.id)`,
      })
      .where('id', 'in', ids)
      .execute();
    // A second statement: SQLite's UPDATE sees old column values, so is_labeled follows here.
    await db
      .updateTable('tasks')
      .set({ is_labeled: sql`case when finished_annotations >= overlap then 1 else 0 end` })
      .where('id', 'in', ids)
      .execute();
  }
}

/** The one entry point for writes: recompute tasks and move the project's totals. */
export async function refreshTaskCounters(
  db: Q,
  projectId: number,
  taskIds: readonly number[],
  ignoreSkipped: boolean,
): Promise<void> {
  if (taskIds.length === 0) return;
  const before = await contributionOf(db, taskIds);
  await recomputeTasks(db, taskIds, ignoreSkipped);
  await applyProjectDelta(db, projectId, before, await contributionOf(db, taskIds));
}

/** After settings that change every task's state (overlap, skip rule): recompute all. */
export async function refreshProjectCounters(db: Q, projectId: number, ignoreSkipped: boolean): Promise<void> {
  const finished = ignoreSkipped
    ? sql<number>`total_annotations + cancelled_annotations`
    : sql<number>`(select count(*) from annotations a where a.task_id = tasks.id and a.was_cancelled = 0 and a.result is not null)`;
  await db.updateTable('tasks').set({ finished_annotations: finished }).where('project_id', '=', projectId).execute();
  await db
    .updateTable('tasks')
    .set({ is_labeled: sql`case when finished_annotations >= overlap then 1 else 0 end` })
    .where('project_id', '=', projectId)
    .execute();
  const row = await db
    .selectFrom('tasks')
    .select(COUNTERS.map((k) => CONTRIBUTION[k].as(k)))
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('projects')
    .set(Object.fromEntries(COUNTERS.map((k) => [k, Number(row[k] ?? 0)])))
    .where('id', '=', projectId)
    .execute();
}

export const isIgnoreSkipped = (p: { skip_queue: string }) => p.skip_queue === 'IGNORE_SKIPPED';
