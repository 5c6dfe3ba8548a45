import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Q } from './connect';
import type { CommentsTable } from './schema';

export type CommentRow = Selectable<CommentsTable>;

export const commentById = (db: Q, id: number) =>
  db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * Comments of one annotation, or of a task; `authorOf` keeps only those on annotations that
 * user completed (what an annotator may read).
 */
export function listComments(
  db: Q,
  f: {
    annotationId?: number | undefined;
    taskId?: number | undefined;
    authorOf?: number | undefined;
  },
): Promise<CommentRow[]> {
  let q = db.selectFrom('comments as c').selectAll('c');
  if (f.annotationId !== undefined) q = q.where('c.annotation_id', '=', f.annotationId);
  if (f.taskId !== undefined) q = q.where('c.task_id', '=', f.taskId);
  if (f.authorOf !== undefined) {
    const userId = f.authorOf;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('annotations as a')
          .select('a.id')
          .whereRef('a.id', '=', 'c.annotation_id')
          .where('a.completed_by', '=', userId),
      ),
    );
  }
  return q.orderBy('c.id').execute();
}

export const insertComment = (db: Q, row: Insertable<CommentsTable>) =>
  db.insertInto('comments').values(row).returningAll().executeTakeFirstOrThrow();

export const updateCommentRow = (db: Q, id: number, patch: Updateable<CommentsTable>) =>
  db
    .updateTable('comments')
    .set(patch)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();

export const deleteCommentRow = (db: Q, id: number) =>
  db.deleteFrom('comments').where('id', '=', id).execute();

/**
 * Recompute the task's comment counters from its comments, like every stored counter
 * (src/server/README.md): count, unresolved count, the latest change and the authors (ascending
 * user ids, stored as JSON text). Runs in the transaction of the write that changed them.
 */
export async function refreshCommentCounters(db: Q, taskId: number): Promise<void> {
  const totals = await db
    .selectFrom('comments')
    .select((eb) => [
      eb.fn.countAll<number>().as('count'),
      eb.fn.sum<number>(eb.case().when('is_resolved', '=', 0).then(1).else(0).end()).as('open'),
      eb.fn.max('updated_at').as('last'),
    ])
    .where('task_id', '=', taskId)
    .executeTakeFirstOrThrow();
  const authors = await db
    .selectFrom('comments')
    .select('created_by')
    .distinct()
    .where('task_id', '=', taskId)
    .where('created_by', 'is not', null)
    .orderBy('created_by')
    .execute();
  await db
    .updateTable('tasks')
    .set({
      comment_count: Number(totals.count),
      unresolved_comment_count: Number(totals.open ?? 0),
      last_comment_updated_at: totals.last ?? null,
      comment_authors: JSON.stringify(authors.map((a) => a.created_by)),
    })
    .where('id', '=', taskId)
    .execute();
}
