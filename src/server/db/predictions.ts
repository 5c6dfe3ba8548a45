import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Q } from './connect';
import { read } from './prepared';
import type { PredictionsTable } from './schema';

export type PredictionRow = Selectable<PredictionsTable>;

export const predictionById = (db: Q, id: number) =>
  db.selectFrom('predictions').selectAll().where('id', '=', id).executeTakeFirst();

// No LIMIT: SQLite runs a query with a bound LIMIT several times slower, and a task has few.
const ofTask = read<{ taskId: number }>()((q, p) =>
  q.selectFrom('predictions').selectAll().where('task_id', '=', p.taskId).orderBy('id'),
);

export function listPredictions(
  db: Q,
  f: { taskIds?: number[]; projectId?: number; limit?: number },
) {
  if (f.taskIds?.length === 1 && f.projectId === undefined && f.limit === undefined) {
    return ofTask.all(db, { taskId: f.taskIds[0]! });
  }
  let q = db.selectFrom('predictions').selectAll();
  if (f.taskIds)
    q = f.taskIds.length ? q.where('task_id', 'in', f.taskIds) : q.where('id', '=', -1);
  if (f.projectId !== undefined) q = q.where('project_id', '=', f.projectId);
  return q
    .orderBy('id')
    .limit(f.limit ?? 10_000)
    .execute();
}

export const insertPrediction = (db: Q, row: Insertable<PredictionsTable>) =>
  db.insertInto('predictions').values(row).returningAll().executeTakeFirstOrThrow();

export const updatePredictionRow = (db: Q, id: number, patch: Updateable<PredictionsTable>) =>
  db
    .updateTable('predictions')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const deletePredictionRow = (db: Q, id: number) =>
  db.deleteFrom('predictions').where('id', '=', id).execute();
