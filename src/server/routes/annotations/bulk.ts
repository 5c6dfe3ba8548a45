import type { AnnotationBulkCreate } from '../../../shared/api/annotations';
import { randomUUID } from 'node:crypto';
import { allowed, requirePermission, visibleProject } from '../../access';
import { insertAnnotations } from '../../db/annotations';
import type { Db } from '../../db/connect';
import { isIgnoreSkipped, refreshTaskCounters } from '../../db/counters';
import { nowIso } from '../../db/time';
import { userById, type UserRow } from '../../db/users';
import { ApiError, badRequest, fieldError, forbidden, validationError } from '../../errors';
import { assertValidResult } from '../../label-config';

/** Which tasks a bulk create targets, all in one project. */
async function selectTasks(db: Db, body: AnnotationBulkCreate) {
  const sel = body.selected_items;
  if (body.tasks && sel) throw badRequest('Send either "tasks" or "selected_items", not both.');
  if (!body.tasks && !sel) throw fieldError('tasks', 'This field is required.');
  if (body.tasks) {
    const ids = [...new Set(body.tasks)];
    const rows = await fetchTasks(db, ids);
    const missing = ids.filter((id) => !rows.has(id));
    if (missing.length)
      throw fieldError('tasks', `Unknown task ids: ${missing.slice(0, 20).join(', ')}.`);
    const projects = new Set([...rows.values()].map((t) => t.project_id));
    if (projects.size > 1) throw fieldError('tasks', 'All tasks must belong to one project.');
    if (body.project !== undefined && !projects.has(body.project)) {
      throw fieldError('tasks', `Tasks do not belong to project ${body.project}.`);
    }
    return { projectId: [...projects][0]!, tasks: ids.map((id) => rows.get(id)!) };
  }
  if (body.project === undefined) throw fieldError('project', 'Required with "selected_items".');
  const s = sel!;
  let q = db.kysely
    .selectFrom('tasks')
    .select(['id', 'data', 'project_id'])
    .where('project_id', '=', body.project);
  if (s.all) {
    if (s.excluded.length) q = q.where('id', 'not in', s.excluded);
  } else {
    if (s.included.length === 0) throw fieldError('selected_items', 'No tasks selected.');
    q = q.where('id', 'in', s.included);
  }
  const tasks = await q.orderBy('id').execute();
  if (!s.all && tasks.length !== new Set(s.included).size) {
    const found = new Set(tasks.map((t) => t.id));
    const missing = s.included.filter((id) => !found.has(id));
    throw fieldError(
      'selected_items',
      `Unknown task ids in project ${body.project}: ${missing.slice(0, 20).join(', ')}.`,
    );
  }
  return { projectId: body.project, tasks };
}

async function fetchTasks(db: Db, ids: number[]) {
  const out = new Map<number, { id: number; data: string; project_id: number }>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.kysely
      .selectFrom('tasks')
      .select(['id', 'data', 'project_id'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/**
 * The same annotation on every selected task, all or nothing, in one transaction; every
 * copy is validated against its own task's data (span offsets depend on the text).
 */
export async function bulkCreate(
  db: Db,
  caller: UserRow,
  body: AnnotationBulkCreate,
): Promise<number[]> {
  requirePermission(caller, 'tasks.view_all');
  if (body.unique_id !== undefined)
    throw fieldError('unique_id', 'Not allowed in a bulk create: each copy gets its own.');
  if (body.ground_truth && !allowed(caller, 'annotations.ground_truth')) throw forbidden();
  const completedBy = body.completed_by ?? caller.id;
  if (completedBy !== caller.id) {
    if (!allowed(caller, 'users.manage')) throw forbidden();
    if (!(await userById(db.kysely, completedBy)))
      throw fieldError('completed_by', 'Unknown user.');
  }
  const { projectId, tasks } = await selectTasks(db, body);
  const project = await visibleProject(db.kysely, caller, projectId);
  if (tasks.length === 0) throw fieldError('tasks', 'No tasks selected.');
  const wasCancelled = body.was_cancelled ?? false;
  const result = body.result ?? [];
  for (const t of tasks) {
    try {
      assertValidResult(
        project.label_config,
        result,
        JSON.parse(t.data),
        wasCancelled ? 'skip' : 'submit',
      );
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) {
        const errors = (e.extra.validation_errors ?? {}) as Record<string, string[]>;
        throw validationError(
          Object.fromEntries(
            Object.entries(errors).map(([k, v]) => [k, v.map((m) => `task ${t.id}: ${m}`)]),
          ),
        );
      }
      throw e;
    }
  }
  const now = nowIso();
  const resultText = JSON.stringify(result);
  const taskIds = tasks.map((t) => t.id);
  return db.kysely.transaction().execute(async (trx) => {
    if (body.ground_truth) {
      // One ground truth per task: earlier ones are cleared before the new copies go in.
      for (let i = 0; i < taskIds.length; i += 500) {
        await trx
          .updateTable('annotations')
          .set({ ground_truth: 0 })
          .where('task_id', 'in', taskIds.slice(i, i + 500))
          .where('ground_truth', '=', 1)
          .execute();
      }
    }
    const ids = await insertAnnotations(
      trx,
      tasks.map((t) => ({
        task_id: t.id,
        project_id: project.id,
        result: resultText,
        completed_by: completedBy,
        unique_id: randomUUID(),
        was_cancelled: wasCancelled ? 1 : 0,
        ground_truth: body.ground_truth ? 1 : 0,
        created_at: now,
        updated_at: now,
        lead_time: body.lead_time ?? null,
        last_action: wasCancelled ? 'skipped' : 'submitted',
        bulk_created: 1,
        updated_by: caller.id,
        last_created_by: caller.id,
      })),
    );
    await refreshTaskCounters(trx, project.id, taskIds, isIgnoreSkipped(project));
    return ids;
  });
}
