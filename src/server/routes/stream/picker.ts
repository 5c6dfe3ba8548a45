import { sql, type SqlBool } from 'kysely';
import type { Q } from '../../db/connect';
import { write, type PreparedQuery } from '../../db/prepared';
import { awaitingRework } from '../../db/reviews';
import type { TaskRow } from '../../db/tasks';

/**
 * Candidate queries of the labeling stream (api-contract.md §11). Each is one indexed walk
 * over the project's unlabeled tasks (`tasks_project_stream`, `tasks_stream_breadth`,
 * `tasks_stream_ground_truth`) that stops at the first task the caller may take, so a pick
 * reads a handful of rows however large the project is:
 *
 * - not labeled;
 * - not annotated by the caller (`mine: 'any'` also excludes their skips, `'done'` only their
 *   submitted work, for skip_queue=REQUEUE_FOR_ME);
 * - available: finished annotations + live locks held by others < overlap.
 *
 * Queries are compiled once per variant and dialect (db/prepared.ts).
 */
export interface PickParams extends Record<string, unknown> {
  projectId: number;
  userId: number;
  now: string;
  /** Uniform sampling: the random inner_id the walk starts at (or stops before). */
  start: number;
  /** Breadth first with uniform sampling: the finished count of the chosen group. */
  finished: number;
  /** `one`: the task to re-check. */
  taskId: number;
  /** A task the caller keeps working on while prefetching the next one (0 = none). */
  excludeId: number;
}

export type Walk =
  /** Ground truth first: unlabeled tasks with a ground-truth annotation, by inner_id. */
  | 'ground_truth'
  /** Most finished annotations (by others) first, then inner_id. */
  | 'breadth'
  /** By inner_id. */
  | 'sequential'
  /** The caller's own skipped tasks (REQUEUE_FOR_ME), by inner_id. */
  | 'skipped'
  /** One task by id: is it still the caller's to take? */
  | 'one'
  /**
   * The caller's rejected annotations awaiting rework (api-contract.md §12), by inner_id. Their
   * place of the overlap is kept for them (db/counters.ts), so no availability check applies,
   * and a labeled task still comes back: the rejection is addressed to its author.
   */
  | 'rework'
  /** One task by id: is it still awaiting the caller's rework? */
  | 'rework_one';

export interface Variant {
  walk: Walk;
  mine: 'any' | 'done';
  /** Uniform sampling: from `start` upwards, or (wrapping round) below it. */
  range?: 'from' | 'before' | undefined;
  /** Only tasks with exactly `finished` finished annotations. */
  sameFinished?: boolean | undefined;
  /** PostgreSQL: lock the row, skipping rows another transaction holds. */
  lock?: boolean | undefined;
}

/** The caller's rejections awaiting rework, through the partial index `annotations_rework`. */
function buildRework(one: boolean) {
  return (q: Q, p: PickParams) => {
    const rejected = q
      .selectFrom('annotations as r')
      .select('r.task_id')
      .where('r.completed_by', '=', p.userId)
      .where('r.project_id', '=', p.projectId)
      .where(awaitingRework('r'));
    let b = q
      .selectFrom('tasks as t')
      .selectAll('t')
      .where('t.project_id', '=', p.projectId)
      .where('t.id', '<>', p.excludeId)
      .where('t.id', 'in', rejected);
    if (one) b = b.where('t.id', '=', p.taskId);
    return b.orderBy('t.inner_id').limit(1);
  };
}

function build(v: Variant) {
  if (v.walk === 'rework' || v.walk === 'rework_one') return buildRework(v.walk === 'rework_one');
  return (q: Q, p: PickParams) => {
    const notMine =
      v.mine === 'any'
        ? sql<SqlBool>`not exists (select 1 from annotations a where a.task_id = t.id and a.completed_by = ${p.userId})`
        : sql<SqlBool>`not exists (select 1 from annotations a where a.task_id = t.id and a.completed_by = ${p.userId} and a.was_cancelled = 0)`;
    const available = sql<SqlBool>`t.finished_annotations + (select count(*) from task_locks l where l.task_id = t.id and l.user_id <> ${p.userId} and l.expires_at > ${p.now}) < t.overlap`;
    let b = q
      .selectFrom('tasks as t')
      .selectAll('t')
      .where('t.project_id', '=', p.projectId)
      .where('t.is_labeled', '=', 0)
      .where('t.id', '<>', p.excludeId)
      .where(notMine)
      .where(available);
    if (v.walk === 'one') return b.where('t.id', '=', p.taskId);
    if (v.walk === 'ground_truth') b = b.where('t.ground_truth_annotations', '>', 0);
    if (v.walk === 'skipped') {
      b = b.where(
        't.id',
        'in',
        q
          .selectFrom('annotations as s')
          .select('s.task_id')
          .where('s.completed_by', '=', p.userId)
          .where('s.project_id', '=', p.projectId)
          .where('s.was_cancelled', '=', 1),
      );
    }
    if (v.sameFinished) b = b.where('t.finished_annotations', '=', p.finished);
    if (v.range === 'from') b = b.where('t.inner_id', '>=', p.start);
    if (v.range === 'before') b = b.where('t.inner_id', '<', p.start);
    if (v.walk === 'breadth') b = b.orderBy('t.finished_annotations', 'desc');
    b = b.orderBy('t.inner_id').limit(1);
    return v.lock ? b.forUpdate().skipLocked() : b;
  };
}

const compiled = new Map<string, PreparedQuery<PickParams, TaskRow>>();

/** The compiled query of a variant (built on first use). */
export function candidateQuery(v: Variant): PreparedQuery<PickParams, TaskRow> {
  const key = `${v.walk}/${v.mine}/${v.range ?? ''}/${v.sameFinished ? 1 : 0}/${v.lock ? 1 : 0}`;
  let hit = compiled.get(key);
  if (!hit) {
    hit = write<PickParams>()(build(v)) as PreparedQuery<PickParams, TaskRow>;
    compiled.set(key, hit);
  }
  return hit;
}
