import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Q } from './connect';
import { read, write } from './prepared';
import type { AnnotationsTable } from './schema';

export type AnnotationRow = Selectable<AnnotationsTable>;
export type NewAnnotation = Insertable<AnnotationsTable>;

const byId = read<{ id: number }>()((q, p) =>
  q.selectFrom('annotations').selectAll().where('id', '=', p.id),
);
const byUniqueId = read<{ uniqueId: string }>()((q, p) =>
  q.selectFrom('annotations').selectAll().where('unique_id', '=', p.uniqueId),
);
export const annotationById = (db: Q, id: number) => byId.first(db, { id });
export const annotationByUniqueId = (db: Q, uniqueId: string) => byUniqueId.first(db, { uniqueId });

const ofTask = read<{ taskId: number }>()((q, p) =>
  q.selectFrom('annotations').selectAll().where('task_id', '=', p.taskId).orderBy('id'),
);

export function annotationsOfTasks(
  db: Q,
  taskIds: number[],
  opts: { userId?: number | undefined; includeCancelled: boolean },
) {
  if (taskIds.length === 0) return Promise.resolve([]);
  if (taskIds.length === 1) {
    // The task view's path: one compiled query, filtered here (a task has few annotations).
    return ofTask
      .all(db, { taskId: taskIds[0]! })
      .then((rows) =>
        rows.filter(
          (a) =>
            (opts.userId === undefined || a.completed_by === opts.userId) &&
            (opts.includeCancelled || a.was_cancelled === 0),
        ),
      );
  }
  let q = db.selectFrom('annotations').selectAll().where('task_id', 'in', taskIds);
  if (opts.userId !== undefined) q = q.where('completed_by', '=', opts.userId);
  if (!opts.includeCancelled) q = q.where('was_cancelled', '=', 0);
  return q.orderBy('id').execute();
}

type InsertRow = Required<Omit<NewAnnotation, 'id'>>;
const insertOne = write<InsertRow>()((q, p) =>
  q
    .insertInto('annotations')
    .values({
      task_id: p.task_id,
      project_id: p.project_id,
      result: p.result,
      completed_by: p.completed_by,
      unique_id: p.unique_id,
      was_cancelled: p.was_cancelled,
      ground_truth: p.ground_truth,
      created_at: p.created_at,
      updated_at: p.updated_at,
      draft_created_at: p.draft_created_at,
      lead_time: p.lead_time,
      import_id: p.import_id,
      last_action: p.last_action,
      bulk_created: p.bulk_created,
      updated_by: p.updated_by,
      parent_prediction: p.parent_prediction,
      parent_annotation: p.parent_annotation,
      last_created_by: p.last_created_by,
      review_status: p.review_status,
    })
    .returningAll(),
);

export async function insertAnnotation(db: Q, row: InsertRow): Promise<AnnotationRow> {
  const inserted = await insertOne.first(db, row);
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
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
  db
    .updateTable('annotations')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

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
