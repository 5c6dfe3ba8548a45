import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Q } from './connect';
import { read, write } from './prepared';
import type { DraftsTable } from './schema';

export type DraftRow = Selectable<DraftsTable>;

export const draftById = (db: Q, id: number) =>
  db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();

const ofTaskAndUser = read<{ taskId: number; userId: number }>()((q, p) =>
  q
    .selectFrom('drafts')
    .selectAll()
    .where('task_id', '=', p.taskId)
    .where('user_id', '=', p.userId)
    .orderBy('id'),
);

export function draftsOfTask(db: Q, taskId: number, userId?: number) {
  if (userId !== undefined) return ofTaskAndUser.all(db, { taskId, userId });
  let q = db.selectFrom('drafts').selectAll().where('task_id', '=', taskId);
  if (userId !== undefined) q = q.where('user_id', '=', userId);
  return q.orderBy('id').execute();
}

export const findDraft = (db: Q, taskId: number, userId: number, annotationId: number | null) =>
  db
    .selectFrom('drafts')
    .selectAll()
    .where('task_id', '=', taskId)
    .where('user_id', '=', userId)
    .where('annotation_key', '=', annotationId ?? 0)
    .executeTakeFirst();

export const insertDraft = (db: Q, row: Insertable<DraftsTable>) =>
  db.insertInto('drafts').values(row).returningAll().executeTakeFirstOrThrow();

/** The updated draft, or undefined when it is gone (a submit deletes drafts concurrently). */
export const updateDraftRow = (db: Q, id: number, patch: Updateable<DraftsTable>) =>
  db.updateTable('drafts').set(patch).where('id', '=', id).returningAll().executeTakeFirst();

export const deleteDraftRow = (db: Q, id: number) =>
  db.deleteFrom('drafts').where('id', '=', id).execute();

/** A submitted annotation replaces the user's draft of that task (api-contract.md §9). */
const deleteOfUserTask = write<{ taskId: number; userId: number }>()((q, p) =>
  q.deleteFrom('drafts').where('task_id', '=', p.taskId).where('user_id', '=', p.userId),
);
export const deleteUserTaskDrafts = (db: Q, taskId: number, userId: number) =>
  deleteOfUserTask.all(db, { taskId, userId });

export const deleteAnnotationDrafts = (db: Q, annotationId: number) =>
  db.deleteFrom('drafts').where('annotation_id', '=', annotationId).execute();
