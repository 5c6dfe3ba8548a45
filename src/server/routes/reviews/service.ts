import type { LastAction } from '../../../shared/api/annotations';
import type { ReviewAction, ReviewCreate } from '../../../shared/api/reviews';
import { allowed, requirePermission } from '../../access';
import { annotationById, updateAnnotationRow, type AnnotationRow } from '../../db/annotations';
import type { Db } from '../../db/connect';
import { isIgnoreSkipped, refreshOneTask } from '../../db/counters';
import type { ProjectRow } from '../../db/projects';
import {
  deleteReviewRow,
  insertReview,
  latestReviewOf,
  reviewById,
  type ReviewRow,
} from '../../db/reviews';
import type { ReviewStatus } from '../../db/schema';
import { taskByIdForUpdate } from '../../db/tasks';
import { nowAfter, nowIso } from '../../db/time';
import type { UserRow } from '../../db/users';
import { fieldError, forbidden, nonFieldError, notFound } from '../../errors';
import { conflict, createAnnotationIn, visibleAnnotation } from '../annotations/service';

/** What each action records on the reviewed annotation (api-contract.md §9 `last_action`). */
const OUTCOME: Record<
  ReviewAction,
  { status: ReviewStatus; lastAction: LastAction; accepted: boolean }
> = {
  accept: { status: 'accepted', lastAction: 'accepted', accepted: true },
  reject: { status: 'rejected', lastAction: 'rejected', accepted: false },
  fix: { status: 'fixed', lastAction: 'fixed_and_accepted', accepted: true },
};

/** The annotation a reviewer may act on; hidden and missing ones are alike (404). */
export async function reviewable(db: Db, caller: UserRow, annotationId: number) {
  requirePermission(caller, 'annotations.review');
  return visibleAnnotation(db.kysely, caller, annotationId);
}

function assertBody(body: ReviewCreate): void {
  if (body.action === 'fix' && body.result === undefined)
    throw fieldError('result', 'A fix needs the corrected result.');
  if (body.action !== 'fix' && body.result !== undefined)
    throw fieldError('result', 'Only a fix carries a result.');
}

/**
 * `POST /api/annotations/{id}/review`, in one transaction: the annotation's review state,
 * `last_action` and `last_created_by`; the task's counters (a rejection un-finishes the
 * annotation, see db/counters.ts); for a fix, a new annotation by the reviewer through the
 * ordinary create (validation, counters, ground truth) whose parent is the original; then the
 * review row. A stale `precondition` (the annotation's `updated_at` as the reviewer saw it) is a
 * 409 and writes nothing. The review bumps `updated_at`: it changes the row, and two reviewers
 * racing on one version must not both pass.
 */
export async function createReview(
  db: Db,
  caller: UserRow,
  annotation: AnnotationRow,
  project: ProjectRow,
  body: ReviewCreate,
  precondition: string | null,
): Promise<ReviewRow> {
  assertBody(body);
  const outcome = OUTCOME[body.action];
  return db.write(async (trx) => {
    // Task first, as every annotation write does: concurrent writers on the task queue up.
    const task = await taskByIdForUpdate(trx, annotation.task_id, db.dialect);
    const row = await annotationById(trx, annotation.id);
    if (!task || !row) throw notFound('Annotation');
    if (row.was_cancelled) throw nonFieldError('A skipped annotation cannot be reviewed.');
    if (precondition !== null && precondition !== row.updated_at) throw await conflict(trx, row);
    await updateAnnotationRow(trx, row.id, {
      review_status: outcome.status,
      last_action: outcome.lastAction,
      last_created_by: caller.id,
      updated_at: nowAfter(row.updated_at),
    });
    // A fix's create recounts the task from its rows, this verdict included; others recount here.
    if (body.action !== 'fix') await refreshOneTask(trx, task, isIgnoreSkipped(project), null);
    const fixed =
      body.action === 'fix'
        ? await createAnnotationIn(
            trx,
            db.dialect,
            caller,
            task.id,
            { result: body.result ?? [], parent_annotation: row.id },
            false,
            { lastAction: 'fixed_and_accepted', status: 'accepted' },
          )
        : undefined;
    const comment = body.comment?.trim() ? body.comment : null;
    return insertReview(trx, {
      annotation_id: row.id,
      task_id: row.task_id,
      project_id: row.project_id,
      created_by: caller.id,
      created_at: nowIso(),
      accepted: outcome.accepted ? 1 : 0,
      action: body.action,
      comment,
      fixed_annotation_id: fixed?.annotation.id ?? null,
    });
  });
}

/** A review the caller may see: a reviewer's or admin's in their projects, or one of their own annotation. */
export async function visibleReview(db: Db, caller: UserRow, id: number) {
  const review = await reviewById(db.kysely, id);
  if (!review) throw notFound('Review');
  const { annotation, project } = await visibleAnnotation(
    db.kysely,
    caller,
    review.annotation_id,
  ).catch(() => {
    throw notFound('Review');
  });
  return { review, annotation, project };
}

/**
 * `DELETE /api/reviews/{id}` (its author or an admin): `last_action` becomes `deleted_review`.
 * When the review was the one in effect, the annotation waits for review again (and a
 * rejection no longer keeps it from counting as finished); a superseded review just goes.
 * A fix's corrected annotation stays: it is an annotation in its own right.
 */
export async function deleteReview(
  db: Db,
  caller: UserRow,
  review: ReviewRow,
  project: ProjectRow,
): Promise<void> {
  if (review.created_by !== caller.id && !allowed(caller, 'reviews.manage')) throw forbidden();
  await db.write(async (trx) => {
    const task = await taskByIdForUpdate(trx, review.task_id, db.dialect);
    const row = await annotationById(trx, review.annotation_id);
    if (!task || !row || !(await reviewById(trx, review.id))) throw notFound('Review');
    const latest = await latestReviewOf(trx, row.id);
    const inEffect = latest?.id === review.id && row.review_status !== null;
    await deleteReviewRow(trx, review.id);
    await updateAnnotationRow(trx, row.id, {
      ...(inEffect ? { review_status: null } : {}),
      last_action: 'deleted_review',
      last_created_by: caller.id,
      updated_at: nowAfter(row.updated_at),
    });
    if (inEffect) await refreshOneTask(trx, task, isIgnoreSkipped(project), null);
  });
}
