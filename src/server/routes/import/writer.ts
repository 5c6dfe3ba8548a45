import { randomUUID } from 'node:crypto';
import { insertAnnotations, type NewAnnotation } from '../../db/annotations';
import type { Q } from '../../db/connect';
import { applyProjectDelta, contributionOf, refreshTaskCounters } from '../../db/counters';
import { insertDraftRows, insertImportedTasks, insertPredictionRows } from '../../db/imports';
import type { ProjectRow } from '../../db/projects';
import { reserveInnerIds } from '../../db/tasks';
import { nowIso } from '../../db/time';
import type { PreparedTask } from './rows';

export interface WriteContext {
  project: ProjectRow;
  importerId: number;
  ignoreSkipped: boolean;
  /** Marks the tasks of a background import so a failure can take them back. */
  jobId: number | null;
}

export interface BatchOutcome {
  taskIds: number[];
  annotations: number;
  predictions: number;
}

/**
 * Store one batch of validated tasks inside the caller's transaction: tasks, then what hangs
 * on them, then the counters. New tasks start with zero counters, so they add exactly
 * `task_number` to the project; tasks that received annotations or predictions are then
 * recounted from their rows by refreshTaskCounters, which moves the project's totals by the
 * difference — the same rule every other write path follows.
 */
export async function writeBatch(
  trx: Q,
  w: WriteContext,
  tasks: PreparedTask[],
): Promise<BatchOutcome> {
  const { project } = w;
  const firstInner = await reserveInnerIds(trx, project.id, tasks.length);
  const now = nowIso();
  const taskIds = await insertImportedTasks(
    trx,
    tasks.map((t, i) => ({
      project_id: project.id,
      inner_id: firstInner + i,
      data: t.data,
      meta: t.meta,
      overlap: project.maximum_annotations,
      created_at: now,
      updated_at: now,
      import_job_id: w.jobId,
    })),
  );
  const zero = await contributionOf(trx, []);
  await applyProjectDelta(trx, project.id, zero, { ...zero, task_number: taskIds.length });

  const annotations: NewAnnotation[] = [];
  const predictions: Parameters<typeof insertPredictionRows>[1] = [];
  const drafts: Parameters<typeof insertDraftRows>[1] = [];
  // With overlap 0 a task is labeled from the start: recount every task then.
  const touched: number[] = project.maximum_annotations > 0 ? [] : [...taskIds];
  tasks.forEach((t, i) => {
    const taskId = taskIds[i]!;
    if (project.maximum_annotations > 0 && (t.annotations.length || t.predictions.length))
      touched.push(taskId);
    for (const a of t.annotations) {
      annotations.push({
        task_id: taskId,
        project_id: project.id,
        result: a.result,
        completed_by: a.completedBy,
        unique_id: randomUUID(),
        was_cancelled: a.wasCancelled ? 1 : 0,
        ground_truth: a.groundTruth ? 1 : 0,
        created_at: a.createdAt,
        updated_at: a.updatedAt,
        lead_time: a.leadTime,
        import_id: a.importId,
        last_action: 'imported',
        bulk_created: 0,
        updated_by: w.importerId,
        last_created_by: w.importerId,
      });
    }
    for (const r of t.predictions) {
      predictions.push({
        task_id: taskId,
        project_id: project.id,
        result: r.result,
        model_version: r.modelVersion,
        score: r.score,
        created_at: r.createdAt,
        updated_at: r.updatedAt,
      });
    }
    for (const d of t.drafts) {
      drafts.push({
        task_id: taskId,
        project_id: project.id,
        user_id: d.userId,
        annotation_id: null,
        annotation_key: 0,
        result: d.result,
        lead_time: d.leadTime,
        was_postponed: d.wasPostponed ? 1 : 0,
        created_at: d.createdAt,
        updated_at: d.updatedAt,
      });
    }
  });
  if (annotations.length) await insertAnnotations(trx, annotations);
  if (predictions.length) await insertPredictionRows(trx, predictions);
  if (drafts.length) await insertDraftRows(trx, drafts);
  await refreshTaskCounters(trx, project.id, touched, w.ignoreSkipped);
  return { taskIds, annotations: annotations.length, predictions: predictions.length };
}
