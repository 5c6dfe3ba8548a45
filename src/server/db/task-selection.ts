import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Dialect, Q } from './connect';
import { applyProjectDelta, contributionOf, recountProjectTotals } from './counters';

/**
 * Bulk writes over a selection of one project's tasks (the task table's actions). A list of
 * ids travels as ONE bound parameter (a JSON array on SQLite, an int[] on PostgreSQL), so a
 * selection of 100,000 tasks is one statement, not one per row or per few hundred.
 */

export type Cond = RawBuilder<SqlBool>;

export function idIn(ids: readonly number[], dialect: Dialect, column = 'tasks.id'): Cond {
  const ref = sql.ref(column);
  return dialect === 'postgres'
    ? sql<SqlBool>`${ref} = any(${sql.val([...ids])}::int[])`
    : sql<SqlBool>`${ref} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/** Tasks picked by hand, or all of the project's tasks matching `where` except some. */
export type TaskSelection =
  | { all: false; included: readonly number[] }
  | { all: true; excluded: readonly number[]; where: readonly Cond[] };

function selectionConds(sel: TaskSelection, dialect: Dialect): Cond[] {
  if (!sel.all) return [idIn(sel.included, dialect)];
  return sel.excluded.length > 0
    ? [...sel.where, sql<SqlBool>`not (${idIn(sel.excluded, dialect)})`]
    : [...sel.where];
}

/**
 * The selected tasks' ids, locked on PostgreSQL until commit (annotation writes lock their
 * task first, so none is half-way through on a task this transaction then changes).
 * `also` narrows further, e.g. to tasks with a ground-truth annotation.
 */
export async function lockSelectedIds(
  trx: Q,
  dialect: Dialect,
  projectId: number,
  sel: TaskSelection,
  also: readonly Cond[] = [],
): Promise<number[]> {
  let q = trx.selectFrom('tasks').select('id').where('project_id', '=', projectId);
  for (const c of [...selectionConds(sel, dialect), ...also]) q = q.where(c);
  if (dialect === 'postgres') q = q.forUpdate();
  return (await q.orderBy('id').execute()).map((r) => r.id);
}

/**
 * Delete the selected tasks; annotations, predictions, drafts, reviews, comments and locks go
 * with them by cascade. A hand-picked selection moves the project's totals by the deleted
 * tasks' share; "all matching" may be most of a huge project, so there the totals are
 * recounted from the rows that remain (as deleting every task does), under the project row's
 * lock taken after the task rows — the order every writer uses. Returns how many went.
 */
export async function deleteSelectedTasks(
  trx: Q,
  dialect: Dialect,
  projectId: number,
  sel: TaskSelection,
): Promise<number> {
  if (!sel.all) {
    const ids = await lockSelectedIds(trx, dialect, projectId, sel);
    if (ids.length === 0) return 0;
    const before = await contributionOf(trx, ids);
    await trx
      .deleteFrom('tasks')
      .where('project_id', '=', projectId)
      .where(idIn(ids, dialect))
      .execute();
    await applyProjectDelta(trx, projectId, before, await contributionOf(trx, []));
    return ids.length;
  }
  let del = trx.deleteFrom('tasks').where('project_id', '=', projectId);
  for (const c of selectionConds(sel, dialect)) del = del.where(c);
  const [result] = await del.execute();
  const deleted = Number(result?.numDeletedRows ?? 0);
  if (deleted > 0) await recountProjectTotals(trx, dialect, projectId);
  return deleted;
}

/** Unmark ground truth on the annotations of the given tasks; returns how many were unmarked. */
export async function clearGroundTruth(
  trx: Q,
  dialect: Dialect,
  taskIds: readonly number[],
): Promise<number> {
  if (taskIds.length === 0) return 0;
  const [result] = await trx
    .updateTable('annotations')
    .set({ ground_truth: 0 })
    .where(idIn(taskIds, dialect, 'annotations.task_id'))
    .where('ground_truth', '=', 1)
    .execute();
  return Number(result?.numUpdatedRows ?? 0);
}
