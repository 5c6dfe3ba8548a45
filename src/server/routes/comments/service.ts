import type { CommentCreate, CommentUpdate } from '../../../shared/api/comments';
import { allowed } from '../../access';
import {
  commentById,
  deleteCommentRow,
  insertComment,
  refreshCommentCounters,
  updateCommentRow,
  type CommentRow,
} from '../../db/comments';
import type { Db, Trx } from '../../db/connect';
import { taskByIdForUpdate } from '../../db/tasks';
import { nowAfter, nowIso } from '../../db/time';
import type { UserRow } from '../../db/users';
import { forbidden, notFound } from '../../errors';
import { visibleAnnotation } from '../annotations/service';

/**
 * Comments on annotations (api-contract.md §12). Reviewers and admins comment on any annotation
 * they can see; an annotator only on their own, and sees only the comments on their own (the
 * annotation rule: someone else's is a 404). Every write recounts the task's comment counters
 * in its transaction, under the task's row lock like annotation writes.
 */

/** A comment the caller may see, with the annotation it is on. */
export async function visibleComment(db: Db, caller: UserRow, id: number) {
  const comment = await commentById(db.kysely, id);
  if (!comment) throw notFound('Comment');
  await visibleAnnotation(db.kysely, caller, comment.annotation_id).catch(() => {
    throw notFound('Comment');
  });
  return comment;
}

/** Run a comment write and recount its task, in one transaction. */
function withCounters<T>(db: Db, taskId: number, work: (trx: Trx) => Promise<T>): Promise<T> {
  return db.write(async (trx) => {
    const task = await taskByIdForUpdate(trx, taskId, db.dialect);
    if (!task) throw notFound('Task');
    const out = await work(trx);
    await refreshCommentCounters(trx, taskId);
    return out;
  });
}

export async function createComment(
  db: Db,
  caller: UserRow,
  body: CommentCreate,
): Promise<CommentRow> {
  const { annotation } = await visibleAnnotation(db.kysely, caller, body.annotation);
  const now = nowIso();
  return withCounters(db, annotation.task_id, (trx) =>
    insertComment(trx, {
      annotation_id: annotation.id,
      task_id: annotation.task_id,
      project_id: annotation.project_id,
      created_by: caller.id,
      created_at: now,
      updated_at: now,
      text: body.text,
      is_resolved: 0,
      resolved_at: null,
      region_ref: body.region_ref == null ? null : JSON.stringify(body.region_ref),
    }),
  );
}

/** `text` belongs to the author; resolving is for the author, reviewers and admins. */
export async function updateComment(
  db: Db,
  caller: UserRow,
  comment: CommentRow,
  body: CommentUpdate,
): Promise<CommentRow> {
  const isAuthor = comment.created_by === caller.id;
  if (body.text !== undefined && body.text !== comment.text && !isAuthor) throw forbidden();
  if (
    body.is_resolved !== undefined &&
    body.is_resolved !== (comment.is_resolved === 1) &&
    !isAuthor &&
    !allowed(caller, 'comments.any')
  ) {
    throw forbidden();
  }
  return withCounters(db, comment.task_id, async (trx) => {
    const row = await commentById(trx, comment.id);
    if (!row) throw notFound('Comment');
    const resolve = body.is_resolved !== undefined && body.is_resolved !== (row.is_resolved === 1);
    const retext = body.text !== undefined && body.text !== row.text;
    if (!resolve && !retext) return row;
    const now = nowAfter(row.updated_at);
    return updateCommentRow(trx, row.id, {
      ...(retext ? { text: body.text } : {}),
      ...(resolve
        ? { is_resolved: body.is_resolved ? 1 : 0, resolved_at: body.is_resolved ? now : null }
        : {}),
      updated_at: now,
    });
  });
}

export async function deleteComment(db: Db, caller: UserRow, comment: CommentRow): Promise<void> {
  if (comment.created_by !== caller.id && !allowed(caller, 'comments.manage')) throw forbidden();
  await withCounters(db, comment.task_id, async (trx) => {
    if (!(await commentById(trx, comment.id))) throw notFound('Comment');
    await deleteCommentRow(trx, comment.id);
  });
}
