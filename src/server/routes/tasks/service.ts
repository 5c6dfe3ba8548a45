import type { TaskDetail } from '../../../shared/api/task-detail';
import { requiredDataKeys } from '../../../shared/label-config/summary';
import { allowed } from '../../access';
import { annotationsOfTasks } from '../../db/annotations';
import type { Db, Dialect, Q } from '../../db/connect';
import { applyProjectDelta, contributionOf, recountProjectTotals } from '../../db/counters';
import { draftsOfTask } from '../../db/drafts';
import { listPredictions } from '../../db/predictions';
import type { ProjectRow } from '../../db/projects';
import { insertTasks, reserveInnerIds, taskByIdForUpdate, type TaskRow } from '../../db/tasks';
import { nowIso } from '../../db/time';
import { usersMap, type UserRow } from '../../db/users';
import { fieldError } from '../../errors';
import { configOf } from '../../label-config';
import {
  presentAnnotationExpanded,
  presentDraft,
  presentPrediction,
} from '../../present/annotations';
import { presentTask, type PresentTaskOptions } from '../../present/tasks';
import { extend } from '../../present/extend';

/** Every `$variable` the config's object tags read must be in `data` (api-contract.md §6). */
export function missingDataKeys(labelConfig: string, data: Record<string, unknown>): string[] {
  return requiredDataKeys(configOf(labelConfig)).filter((k) => !(k in data));
}

export function assertTaskData(
  labelConfig: string,
  data: Record<string, unknown>,
  field = 'data',
): void {
  const missing = missingDataKeys(labelConfig, data);
  if (missing.length) {
    throw fieldError(field, missing.map((k) => `"${k}" key is expected in task data`).join('; '));
  }
}

/** Insert tasks into a project and move its counters, inside the caller's transaction. */
export async function createTasks(
  trx: Q,
  project: ProjectRow,
  tasks: { data: Record<string, unknown>; meta?: Record<string, unknown> | undefined }[],
): Promise<number[]> {
  if (tasks.length === 0) return [];
  const first = await reserveInnerIds(trx, project.id, tasks.length);
  const now = nowIso();
  const ids = await insertTasks(
    trx,
    tasks.map((t, i) => ({
      project_id: project.id,
      inner_id: first + i,
      data: JSON.stringify(t.data),
      meta: JSON.stringify(t.meta ?? {}),
      overlap: project.maximum_annotations,
      created_at: now,
      updated_at: now,
    })),
  );
  const zero = await contributionOf(trx, []);
  await applyProjectDelta(trx, project.id, zero, await contributionOf(trx, ids));
  return ids;
}

export async function deleteTask(trx: Q, task: TaskRow, dialect: Dialect): Promise<void> {
  // Lock first: an annotation write in flight on this task lands before its contribution is read.
  await taskByIdForUpdate(trx, task.id, dialect);
  const before = await contributionOf(trx, [task.id]);
  await trx.deleteFrom('tasks').where('id', '=', task.id).execute();
  await applyProjectDelta(trx, task.project_id, before, await contributionOf(trx, []));
}

export async function deleteAllTasks(db: Db, projectId: number): Promise<void> {
  await db.kysely.transaction().execute(async (trx) => {
    await trx.deleteFrom('tasks').where('project_id', '=', projectId).execute();
    await recountProjectTotals(trx, db.dialect, projectId);
  });
}

/**
 * `GET /api/tasks/{id}`: the task with annotations (an annotator sees only their own),
 * predictions and the caller's drafts (reviewers and admins see everyone's).
 */
export async function taskDetail(
  db: Q,
  task: TaskRow,
  caller: UserRow,
  opts: Pick<PresentTaskOptions, 'storedData'> = {},
): Promise<TaskDetail> {
  const seesAll = allowed(caller, 'annotations.view_all');
  // Counters change in the same transaction as the rows they count, so a zero means there is
  // nothing to read: an unlabeled task (most of what the stream serves) costs two queries less.
  const [annotations, predictions, drafts] = await Promise.all([
    task.total_annotations + task.cancelled_annotations > 0
      ? annotationsOfTasks(db, [task.id], {
          userId: seesAll ? undefined : caller.id,
          includeCancelled: true,
        })
      : [],
    task.total_predictions > 0 ? listPredictions(db, { taskIds: [task.id] }) : [],
    draftsOfTask(db, task.id, caller.id),
  ]);
  const users = await usersMap(db, [
    ...annotations.map((a) => a.completed_by),
    ...drafts.map((d) => d.user_id),
  ]);
  const now = Date.now();
  return extend(presentTask(task, opts), {
    annotations: annotations.map((a) => presentAnnotationExpanded(a, users, now)),
    predictions: predictions.map((p) => presentPrediction(p, now)),
    drafts: drafts.map((d) => presentDraft(d, users, now)),
    annotators: [
      ...new Set(annotations.map((a) => a.completed_by).filter((id): id is number => id !== null)),
    ],
    avg_lead_time: task.avg_lead_time,
    completed_at: task.completed_at,
  });
}
