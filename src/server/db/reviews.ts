import { sql, type Insertable, type Selectable, type SqlBool } from 'kysely';
import type { Q } from './connect';
import { read } from './prepared';
import type { ReviewsTable } from './schema';

export type ReviewRow = Selectable<ReviewsTable>;

export const reviewById = (db: Q, id: number) =>
  db.selectFrom('reviews').selectAll().where('id', '=', id).executeTakeFirst();

/** An annotation's reviews, oldest first. */
export const reviewsOfAnnotation = (db: Q, annotationId: number) =>
  db
    .selectFrom('reviews')
    .selectAll()
    .where('annotation_id', '=', annotationId)
    .orderBy('id')
    .execute();

/** The newest review of an annotation: the one in effect unless the content changed since. */
export const latestReviewOf = (db: Q, annotationId: number) =>
  db
    .selectFrom('reviews')
    .selectAll()
    .where('annotation_id', '=', annotationId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

export const insertReview = (db: Q, row: Insertable<ReviewsTable>) =>
  db.insertInto('reviews').values(row).returningAll().executeTakeFirstOrThrow();

export const deleteReviewRow = (db: Q, id: number) =>
  db.deleteFrom('reviews').where('id', '=', id).execute();

/**
 * Is the annotation (the row named `alias`) a rejection still awaiting its author's rework? A
 * newer annotation by the same user on the task (resubmitted as a new one, or a skip) answers
 * it. The status is a literal so the partial index `annotations_rework` matches it.
 */
export const awaitingRework = (alias: string) => {
  const a = (column: string) => sql.ref(`${alias}.${column}`);
  return sql<SqlBool>`${a('review_status')} = 'rejected' and not exists (select 1 from annotations n
    where n.task_id = ${a('task_id')} and n.completed_by = ${a('completed_by')} and n.id > ${a('id')})`;
};

/** The caller's rejected annotations on a task: what the rework queue hands back to edit. */
const reworkOf = read<{ taskId: number; userId: number }>()((q, p) =>
  q
    .selectFrom('annotations as r')
    .select('r.id')
    .where('r.task_id', '=', p.taskId)
    .where('r.completed_by', '=', p.userId)
    .where(awaitingRework('r')),
);
export const reworkAnnotationIds = async (db: Q, taskId: number, userId: number) =>
  (await reworkOf.all(db, { taskId, userId })).map((r) => r.id);
