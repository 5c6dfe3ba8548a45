import { randomUUID } from 'node:crypto';
import type {
  AnnotationCreate,
  AnnotationUpdate,
  LastAction,
} from '../../../shared/api/annotations';
import { allowed, visibleTask, visibleTaskForWrite } from '../../access';
import {
  annotationById,
  annotationByUniqueId,
  clearGroundTruth,
  deleteAnnotationRow,
  insertAnnotation,
  updateAnnotationRow,
  type AnnotationRow,
} from '../../db/annotations';
import { refreshCommentCounters } from '../../db/comments';
import type { Db, Dialect, Q, Trx } from '../../db/connect';
import { isIgnoreSkipped, refreshOneTask } from '../../db/counters';
import { deleteAnnotationDrafts, deleteUserTaskDrafts, draftById } from '../../db/drafts';
import { isUniqueViolation } from '../../db/errors';
import { releaseTaskLock } from '../../db/locks';
import { predictionById } from '../../db/predictions';
import type { ProjectRow } from '../../db/projects';
import type { ReviewStatus } from '../../db/schema';
import { taskByIdForUpdate, type TaskRow } from '../../db/tasks';
import { nowAfter, nowIso, toApiDatetime } from '../../db/time';
import { userById, usersMap, type UserRow } from '../../db/users';
import { ApiError, badRequest, fieldError, forbidden, notFound } from '../../errors';
import { assertValidResult } from '../../label-config';
import { presentAnnotation } from '../../present/annotations';

/** The 409 of a stale precondition, carrying the annotation as it is now (api-contract.md §9). */
export async function conflict(db: Q, current: AnnotationRow): Promise<ApiError> {
  const users = await usersMap(db, [current.completed_by]);
  return new ApiError(409, 'Annotation was changed by someone else.', {
    current: presentAnnotation(current, users),
  });
}

/**
 * Who may set what: ground truth needs a reviewer or admin, authorship an admin. Compared with
 * the stored value on update (an echoed, unchanged object passes); on create a null
 * `completed_by` means the caller. Checked before a unique_id replay, so a replay never leaks
 * another user's work.
 */
function assertMaySet(
  caller: UserRow,
  body: AnnotationCreate | AnnotationUpdate,
  current?: AnnotationRow,
): void {
  const groundTruth = current?.ground_truth === 1;
  if (
    body.ground_truth !== undefined &&
    body.ground_truth !== groundTruth &&
    !allowed(caller, 'annotations.ground_truth')
  ) {
    throw forbidden();
  }
  const completedBy = current ? body.completed_by : (body.completed_by ?? undefined);
  const stored = current ? current.completed_by : caller.id;
  if (completedBy !== undefined && completedBy !== stored && !allowed(caller, 'users.manage'))
    throw forbidden();
}

/** Shared checks for create and update: who may set what, and that the result fits the config. */
export async function checkAnnotationInput(
  db: Q,
  caller: UserRow,
  task: TaskRow,
  project: ProjectRow,
  body: AnnotationCreate | AnnotationUpdate,
  wasCancelled: boolean,
  current?: AnnotationRow,
): Promise<void> {
  assertMaySet(caller, body, current);
  if (
    body.completed_by != null &&
    body.completed_by !== caller.id &&
    !(await userById(db, body.completed_by))
  ) {
    throw fieldError('completed_by', 'Unknown user.');
  }
  if (body.parent_prediction != null) {
    const p = await predictionById(db, body.parent_prediction);
    if (!p || p.task_id !== task.id)
      throw fieldError('parent_prediction', 'No prediction with this id on this task.');
  }
  if (body.parent_annotation != null) {
    const a = await annotationById(db, body.parent_annotation);
    if (!a || a.task_id !== task.id)
      throw fieldError('parent_annotation', 'No annotation with this id on this task.');
  }
  if (body.result !== undefined) {
    const data = JSON.parse(task.data) as Record<string, unknown>;
    assertValidResult(project.label_config, body.result, data, wasCancelled ? 'skip' : 'submit');
    if (
      !wasCancelled &&
      !project.enable_empty_annotation &&
      (body.result === null || body.result.length === 0)
    ) {
      throw fieldError('result', 'Empty annotations are not allowed in this project.');
    }
  }
}

export type CreateOutcome = { annotation: AnnotationRow; created: boolean };

/** A fix is stored already reviewed; any other new annotation waits for review. */
export interface Reviewed {
  lastAction: LastAction;
  status: ReviewStatus;
}

/**
 * Create an annotation (api-contract.md §9) in one transaction: the row, ground-truth
 * exclusivity, the caller's draft and stream lock gone, task and project counters. A repeated
 * `unique_id` by the same user on the same task returns the first annotation untouched.
 */
export async function createAnnotation(
  db: Db,
  caller: UserRow,
  taskId: number,
  body: AnnotationCreate,
  wasCancelled: boolean,
): Promise<CreateOutcome> {
  try {
    return await db.write((trx) =>
      createAnnotationIn(trx, db.dialect, caller, taskId, body, wasCancelled),
    );
  } catch (e) {
    // Two retries raced past the check (PostgreSQL): the loser answers like a replay.
    if (isUniqueViolation(e) && body.unique_id != null) {
      const existing = await annotationByUniqueId(db.kysely, body.unique_id);
      if (existing) return replay(existing, caller, taskId, body.completed_by);
    }
    throw e;
  }
}

function replay(
  existing: AnnotationRow,
  caller: UserRow,
  taskId: number,
  completedBy: number | null | undefined,
): CreateOutcome {
  if (existing.task_id === taskId && existing.completed_by === (completedBy ?? caller.id))
    return { annotation: existing, created: false };
  throw new ApiError(
    409,
    `unique_id "${existing.unique_id}" is already used by another annotation.`,
  );
}

/**
 * The create inside the caller's transaction, so another write (a reviewer's fix) can commit
 * with it or not at all. `reviewed` records the new annotation as already reviewed. Without a
 * `unique_id` from the client one is generated here; a fresh UUID cannot be a replay, so only
 * a given one is looked up.
 */
export async function createAnnotationIn(
  trx: Trx,
  dialect: Dialect,
  caller: UserRow,
  taskId: number,
  body: AnnotationCreate,
  wasCancelled: boolean,
  reviewed?: Reviewed,
): Promise<CreateOutcome> {
  assertMaySet(caller, body);
  // Every read happens inside the transaction: one consistent snapshot, and on SQLite the
  // writer connection's warm cache instead of the read connection's invalidated one.
  const { task, project } = await visibleTaskForWrite(trx, dialect, caller, taskId);
  const given = body.unique_id ?? null;
  const existing = given === null ? undefined : await annotationByUniqueId(trx, given);
  if (existing) return replay(existing, caller, taskId, body.completed_by);
  await checkAnnotationInput(trx, caller, task, project, body, wasCancelled);
  const draft = body.draft_id != null ? await draftById(trx, body.draft_id) : undefined;
  const now = nowIso();
  const annotation = await insertAnnotation(trx, {
    task_id: task.id,
    project_id: project.id,
    result: JSON.stringify(body.result ?? []),
    completed_by: body.completed_by ?? caller.id,
    unique_id: given ?? randomUUID(),
    was_cancelled: wasCancelled ? 1 : 0,
    ground_truth: body.ground_truth ? 1 : 0,
    created_at: now,
    updated_at: now,
    draft_created_at: draft && draft.user_id === caller.id ? draft.created_at : null,
    lead_time: body.lead_time ?? null,
    import_id: body.import_id ?? null,
    last_action: reviewed?.lastAction ?? (wasCancelled ? 'skipped' : 'submitted'),
    bulk_created: 0,
    updated_by: caller.id,
    parent_prediction: body.parent_prediction ?? null,
    parent_annotation: body.parent_annotation ?? null,
    last_created_by: caller.id,
    review_status: reviewed?.status ?? null,
  });
  if (annotation.ground_truth) await clearGroundTruth(trx, task.id, annotation.id);
  await deleteUserTaskDrafts(trx, task.id, caller.id);
  await releaseTaskLock(trx, task.id, caller.id);
  await refreshOneTask(trx, task, isIgnoreSkipped(project), caller.id);
  return { annotation, created: true };
}

/** `If-Match: "<updated_at>"` (or body `updated_at`) must name the stored version. */
export function preconditionOf(
  ifMatch: string | undefined,
  bodyUpdatedAt: string | undefined,
): string | null {
  const raw = ifMatch?.replace(/^W\//, '').replace(/^"|"$/g, '') ?? bodyUpdatedAt;
  if (raw === undefined || raw === '*') return null;
  const normalized = toApiDatetime(raw);
  if (normalized === null) throw badRequest(`Precondition "${raw}" is not a datetime.`);
  return normalized;
}

export async function updateAnnotation(
  db: Db,
  caller: UserRow,
  current: AnnotationRow,
  task: TaskRow,
  project: ProjectRow,
  body: AnnotationUpdate,
  precondition: string | null,
): Promise<AnnotationRow> {
  const wasCancelled = body.was_cancelled ?? current.was_cancelled === 1;
  await checkAnnotationInput(db.kysely, caller, task, project, body, wasCancelled, current);
  // Submitting the content again asks for a fresh review: a rejection is answered, an earlier
  // verdict no longer describes it. A change of ground truth or lead time alone keeps it.
  const resubmitted = body.result !== undefined || body.was_cancelled !== undefined;
  return db.write(async (trx) => {
    const locked = await taskByIdForUpdate(trx, task.id, db.dialect);
    if (!locked) throw notFound('Task');
    const row = await annotationById(trx, current.id);
    if (!row) throw notFound('Annotation');
    if (precondition !== null && precondition !== row.updated_at) throw await conflict(trx, row);
    const updated = await updateAnnotationRow(trx, row.id, {
      ...(body.result !== undefined ? { result: JSON.stringify(body.result ?? []) } : {}),
      ...(body.lead_time !== undefined ? { lead_time: body.lead_time } : {}),
      ...(body.was_cancelled !== undefined ? { was_cancelled: body.was_cancelled ? 1 : 0 } : {}),
      ...(body.ground_truth !== undefined ? { ground_truth: body.ground_truth ? 1 : 0 } : {}),
      ...(body.completed_by !== undefined ? { completed_by: body.completed_by } : {}),
      ...(body.parent_prediction !== undefined
        ? { parent_prediction: body.parent_prediction }
        : {}),
      ...(body.parent_annotation !== undefined
        ? { parent_annotation: body.parent_annotation }
        : {}),
      ...(resubmitted ? { review_status: null } : {}),
      updated_at: nowAfter(row.updated_at),
      last_action: 'updated',
      updated_by: caller.id,
      last_created_by: caller.id,
    });
    if (updated.ground_truth) await clearGroundTruth(trx, task.id, updated.id);
    await deleteAnnotationDrafts(trx, updated.id);
    // The rework is in: the author's stream lock on the task (from the rework queue) ends.
    if (resubmitted && row.review_status === 'rejected' && row.completed_by !== null)
      await releaseTaskLock(trx, task.id, row.completed_by);
    await refreshOneTask(trx, locked, isIgnoreSkipped(project), caller.id);
    return updated;
  });
}

export async function deleteAnnotation(
  db: Db,
  annotation: AnnotationRow,
  project: ProjectRow,
): Promise<void> {
  await db.write(async (trx) => {
    const locked = await taskByIdForUpdate(trx, annotation.task_id, db.dialect);
    if (!locked) throw notFound('Task');
    await deleteAnnotationRow(trx, annotation.id);
    await refreshOneTask(trx, locked, isIgnoreSkipped(project), null);
    // Its comments went with it (ON DELETE CASCADE); the task's comment counters follow.
    if (locked.comment_count > 0) await refreshCommentCounters(trx, locked.id);
  });
}

/** May the caller see this annotation? Annotators see only their own (others are a 404). */
export function assertCanSee(caller: UserRow, a: AnnotationRow): void {
  if (a.completed_by !== caller.id && !allowed(caller, 'annotations.view_all'))
    throw notFound('Annotation');
}

/** The annotation, its task and project, if the caller may see it; otherwise a 404. */
export async function visibleAnnotation(db: Q, caller: UserRow, id: number) {
  const annotation = await annotationById(db, id);
  if (!annotation) throw notFound('Annotation');
  assertCanSee(caller, annotation);
  const { task, project } = await visibleTask(db, caller, annotation.task_id).catch(() => {
    throw notFound('Annotation');
  });
  return { annotation, task, project };
}

const EDITABLE = [
  'result',
  'lead_time',
  'was_cancelled',
  'ground_truth',
  'completed_by',
  'draft_id',
  'parent_prediction',
  'parent_annotation',
  'unique_id',
  'import_id',
] as const satisfies (keyof AnnotationUpdate)[];

/**
 * Owners edit their own; admins edit anything; reviewers may change only `ground_truth` on
 * someone else's annotation (review actions have their own endpoint).
 */
export function assertCanEdit(
  caller: UserRow,
  a: AnnotationRow,
  body: AnnotationUpdate | null,
): void {
  assertCanSee(caller, a);
  if (a.completed_by === caller.id || allowed(caller, 'users.manage')) return;
  const changes = body ? EDITABLE.filter((k) => body[k] !== undefined) : [];
  const onlyGroundTruth = body !== null && changes.every((k) => k === 'ground_truth');
  if (!onlyGroundTruth || !allowed(caller, 'annotations.ground_truth')) throw forbidden();
}

export const etag = (a: AnnotationRow) => `"${a.updated_at}"`;
