import { sql } from 'kysely';
import type { Dialect, Q } from './connect';
import { write, writeSql } from './prepared';
import { projectByIdForUpdate } from './projects';
import { awaitingRework } from './reviews';
import type { TaskRow } from './tasks';

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

/** Every project counter moves by its delta (zero for most): one statement, compiled once. */
const addToProject = write<Record<ProjectCounter, number> & { id: number }>()((q, p) =>
  q
    .updateTable('projects')
    .set((eb) => Object.fromEntries(COUNTERS.map((k) => [k, eb(k, '+', p[k])])))
    .where('id', '=', p.id),
);

export async function applyProjectDelta(
  db: Q,
  projectId: number,
  before: Contribution,
  after: Contribution,
): Promise<void> {
  if (COUNTERS.every((k) => after[k] === before[k])) return;
  const params = { id: projectId } as Contribution & { id: number };
  for (const k of COUNTERS) params[k] = after[k] - before[k];
  await addToProject.all(db, params);
}

/**
 * Review (api-contract.md §12) narrows "finished" (§6): an annotation whose review in effect is
 * a rejection is not finished — the task may stop being labeled — until its author submits it
 * again (an update of its result clears the rejection) or the review is deleted. Until then it
 * keeps its place of the task's overlap unless its author has since added a newer annotation on
 * the task (db/reviews.ts `awaitingRework`), so the stream offers the task back to that author
 * (rework queue) and to nobody else. Hence `finished_annotations`, which the stream compares
 * with `overlap`, counts places held, while `is_labeled` counts finished annotations only.
 */
const NOT_REJECTED = sql`coalesce(a.review_status, '') <> 'rejected'`;
const AWAITING_REWORK = sql<number>`(select count(*) from annotations r where r.task_id = tasks.id and ${awaitingRework('r')})`;

/**
 * `SET` of every stored task counter, recomputed from the task's own rows: one pass over its
 * annotations with filtered aggregates (instead of a subquery per counter), one count of its
 * predictions. Runs on SQLite and PostgreSQL alike.
 */
function recomputed(ignoreSkipped: boolean) {
  const finished = ignoreSkipped
    ? NOT_REJECTED
    : sql`a.was_cancelled = 0 and a.result is not null and ${NOT_REJECTED}`;
  return sql`(total_annotations, cancelled_annotations, finished_annotations, is_labeled,
      useful_annotations, ground_truth_annotations, completed_at, avg_lead_time) = (
    select
      count(*) filter (where a.was_cancelled = 0),
      count(*) filter (where a.was_cancelled = 1),
      count(*) filter (where ${finished}) + ${AWAITING_REWORK},
      case when count(*) filter (where ${finished}) >= tasks.overlap then 1 else 0 end,
      count(*) filter (where a.was_cancelled = 0 and a.ground_truth = 0 and a.result is not null),
      count(*) filter (where a.ground_truth = 1),
      max(a.created_at) filter (where a.was_cancelled = 0),
      avg(a.lead_time)
    from annotations a where a.task_id = tasks.id),
    total_predictions = (select count(*) from predictions p where p.task_id = tasks.id)`;
}

const TASK_COUNTER_COLUMNS = [
  'is_labeled',
  'total_annotations',
  'cancelled_annotations',
  'ground_truth_annotations',
  'useful_annotations',
  'total_predictions',
] as const;
type TaskCounters = Pick<TaskRow, (typeof TASK_COUNTER_COLUMNS)[number]>;

/** What one task adds to its project's totals. */
export function contributionOfRow(t: TaskCounters): Contribution {
  return {
    task_number: 1,
    finished_task_number: t.is_labeled,
    total_annotations_number: t.total_annotations,
    skipped_annotations_number: t.cancelled_annotations,
    ground_truth_number: t.ground_truth_annotations,
    useful_annotation_number: t.useful_annotations,
    num_tasks_with_annotations: t.useful_annotations > 0 ? 1 : 0,
    total_predictions_number: t.total_predictions,
  };
}

/**
 * Recompute the stored counters of the given tasks (all in one project) from their rows.
 * `ignoreSkipped` mirrors the project's skip_queue=IGNORE_SKIPPED rule: skips count as finished.
 */
export async function recomputeTasks(
  db: Q,
  taskIds: readonly number[],
  ignoreSkipped: boolean,
): Promise<void> {
  for (const ids of chunks(taskIds)) {
    await sql`update tasks set ${recomputed(ignoreSkipped)} where id in (${sql.join(ids)})`.execute(
      db,
    );
  }
}

const recomputeOneQuery = (ignoreSkipped: boolean) =>
  writeSql<{ id: number; updatedBy: number | null }>()(
    (p) => sql<TaskCounters>`update tasks set ${recomputed(ignoreSkipped)},
      updated_by = ${p.updatedBy} where id = ${p.id}
      returning ${sql.join(TASK_COUNTER_COLUMNS.map((c) => sql.ref(c)))}`,
  );
const recomputeOne = {
  counted: recomputeOneQuery(false),
  ignoreSkipped: recomputeOneQuery(true),
};

/**
 * The write path's entry point for one task: `before` is the task row the transaction read
 * (and, on PostgreSQL, locked), so the old contribution costs no query; the new one comes
 * back from the UPDATE itself. Also records who touched the task last.
 */
export async function refreshOneTask(
  db: Q,
  before: TaskRow,
  ignoreSkipped: boolean,
  updatedBy: number | null,
): Promise<void> {
  const query = ignoreSkipped ? recomputeOne.ignoreSkipped : recomputeOne.counted;
  const after = await query.first(db, { id: before.id, updatedBy: updatedBy ?? before.updated_by });
  if (!after) return;
  await applyProjectDelta(
    db,
    before.project_id,
    contributionOfRow(before),
    contributionOfRow(after),
  );
}

/** The entry point for writes touching many tasks: recompute them and move the project's totals. */
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
export async function refreshProjectCounters(
  db: Q,
  projectId: number,
  ignoreSkipped: boolean,
): Promise<void> {
  await sql`update tasks set ${recomputed(ignoreSkipped)} where project_id = ${projectId}`.execute(
    db,
  );
  await setProjectTotals(db, projectId);
}

/**
 * Set the project's totals from its task rows. The caller holds the project row's lock, so a
 * concurrent writer's delta lands either before this count or on top of it.
 */
export async function setProjectTotals(db: Q, projectId: number): Promise<void> {
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

/**
 * After a bulk delete: the project's totals counted again under its row's lock, taken after
 * the task rows' (the order every writer uses, so no deadlock). Not zeroed: a task created
 * meanwhile survives and keeps its share.
 */
export async function recountProjectTotals(
  trx: Q,
  dialect: Dialect,
  projectId: number,
): Promise<void> {
  await projectByIdForUpdate(trx, projectId, dialect);
  await setProjectTotals(trx, projectId);
}
