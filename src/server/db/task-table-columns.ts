import type { Q } from './connect';
import { idIn } from './task-selection';
import type { TaskRow } from './tasks';

/** The task table's computed columns, as Label Studio's data manager lists them. */
export interface TaskTableColumns {
  annotators: number[];
  /** Ids of the task's annotations that are not skips, oldest first, comma-joined (as Label Studio). */
  annotations_ids: string;
  ground_truth: boolean;
  completed_at: string | null;
  avg_lead_time: number | null;
}

/**
 * One indexed query for a whole page (no `result` is read), so the table's extra columns
 * cost the same at a million tasks as at ten.
 */
export async function taskTableColumns(
  db: Q,
  dialect: 'sqlite' | 'postgres',
  tasks: readonly TaskRow[],
): Promise<Map<number, TaskTableColumns>> {
  const out = new Map<number, TaskTableColumns>(
    tasks.map((t) => [
      t.id,
      {
        annotators: [],
        annotations_ids: '',
        ground_truth: t.ground_truth_annotations > 0,
        completed_at: t.completed_at,
        avg_lead_time: t.avg_lead_time,
      },
    ]),
  );
  const withAnnotations = tasks
    .filter((t) => t.total_annotations + t.cancelled_annotations > 0)
    .map((t) => t.id);
  if (withAnnotations.length === 0) return out;
  const rows = await db
    .selectFrom('annotations')
    .select(['id', 'task_id', 'completed_by', 'was_cancelled'])
    .where(idIn(withAnnotations, dialect, 'annotations.task_id'))
    .orderBy('id')
    .execute();
  const ids = new Map<number, number[]>();
  for (const a of rows) {
    const cols = out.get(a.task_id);
    if (!cols) continue;
    if (a.completed_by !== null && !cols.annotators.includes(a.completed_by))
      cols.annotators.push(a.completed_by);
    if (!a.was_cancelled) ids.set(a.task_id, [...(ids.get(a.task_id) ?? []), a.id]);
  }
  for (const [taskId, list] of ids) out.get(taskId)!.annotations_ids = list.join(',');
  return out;
}
