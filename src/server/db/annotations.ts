import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Q } from './connect';
import type { AnnotationsTable } from './schema';

export type AnnotationRow = Selectable<AnnotationsTable>;
export type NewAnnotation = Insertable<AnnotationsTable>;

export const annotationById = (db: Q, id: number) =>
  db.selectFrom('annotations').selectAll().where('id', '=', id).executeTakeFirst();

export const annotationByUniqueId = (db: Q, uniqueId: string) =>
  db.selectFrom('annotations').selectAll().where('unique_id', '=', uniqueId).executeTakeFirst();

export function annotationsOfTasks(
  db: Q,
  taskIds: number[],
  opts: { userId?: number | undefined; includeCancelled: boolean },
) {
  if (taskIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('annotations').selectAll().where('task_id', 'in', taskIds);
  if (opts.userId !== undefined) q = q.where('completed_by', '=', opts.userId);
  if (!opts.includeCancelled) q = q.where('was_cancelled', '=', 0);
  return q.orderBy('id').execute();
}

export async function insertAnnotation(db: Q, row: NewAnnotation): Promise<AnnotationRow> {
  return db.insertInto('annotations').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function insertAnnotations(db: Q, rows: NewAnnotation[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const inserted = await db.insertInto('annotations').values(batch).returning('id').execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

export const updateAnnotationRow = (db: Q, id: number, patch: Updateable<AnnotationsTable>) =>
  db.updateTable('annotations').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();

export const deleteAnnotationRow = (db: Q, id: number) =>
  db.deleteFrom('annotations').where('id', '=', id).execute();

/** At most one ground truth per task: setting one clears the others. */
export const clearGroundTruth = (db: Q, taskId: number, exceptId: number) =>
  db
    .updateTable('annotations')
    .set({ ground_truth: 0 })
    .where('task_id', '=', taskId)
    .where('id', '!=', exceptId)
    .where('ground_truth', '=', 1)
    .execute();
