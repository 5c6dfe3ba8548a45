// Builders for the task table's responses (tasks list, data-manager actions, import jobs,
// export formats); like factories.ts, every body goes through the shared schema.
import { DmActionList, DmActionResult, type DmAction } from '../../src/shared/api/dm-actions';
import { ExportFormat } from '../../src/shared/api/exports';
import { ImportAccepted, ImportJob } from '../../src/shared/api/imports';
import { TaskList } from '../../src/shared/api/task-detail';
import { NOW, taskFields } from './labeling-factories';

type TableTask = TaskList['tasks'][number];

export function buildTableTask(overrides: Partial<TableTask> & { id: number }): TableTask {
  const [task] = TaskList.parse({
    total: 1,
    total_annotations: 0,
    total_predictions: 0,
    tasks: [
      {
        ...taskFields(overrides.id),
        data: { text: `Task text ${overrides.id}` },
        inner_id: overrides.id,
        annotators: [],
        annotations_ids: '',
        ground_truth: false,
        completed_at: null,
        avg_lead_time: null,
        ...overrides,
      },
    ],
  }).tasks;
  return task!;
}

/** Tasks `from`..`to` (inclusive ids), e.g. one page of a longer list. */
export const buildTableTasks = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => buildTableTask({ id: from + i }));

export function buildTaskPage(
  tasks: TableTask[],
  page: { total?: number; next_cursor?: string | null } = {},
): TaskList {
  return TaskList.parse({
    total: page.total ?? tasks.length,
    total_annotations: tasks.reduce((n, t) => n + t.total_annotations, 0),
    total_predictions: tasks.reduce((n, t) => n + t.total_predictions, 0),
    tasks,
    next_cursor: page.next_cursor ?? null,
  });
}

const ACTIONS: Record<DmAction['id'], DmAction> = {
  delete_tasks: {
    id: 'delete_tasks',
    title: 'Delete tasks',
    order: 100,
    dialog: { type: 'confirm', title: 'Delete tasks', text: 'This cannot be undone.' },
  },
  delete_ground_truths: {
    id: 'delete_ground_truths',
    title: 'Remove ground truth',
    order: 200,
    dialog: { type: 'confirm', title: 'Remove ground truth', text: 'None stays ground truth.' },
  },
};

export const buildDmActions = (ids: DmAction['id'][] = ['delete_tasks', 'delete_ground_truths']) =>
  DmActionList.parse(ids.map((id) => ACTIONS[id]));

export const buildDmResult = (processed_items: number, detail: string) =>
  DmActionResult.parse({ processed_items, detail });

export const buildImportAccepted = (job: number) => ImportAccepted.parse({ import: job });

export function buildImportJob(overrides: Partial<ImportJob> & { id: number }): ImportJob {
  return ImportJob.parse({
    status: 'running',
    rows_done: 0,
    rows_total: null,
    task_count: 0,
    annotation_count: 0,
    prediction_count: 0,
    errors: [],
    created_at: NOW,
    finished_at: null,
    ...overrides,
  });
}

export const buildExportFormats = () =>
  ExportFormat.array().parse([
    { name: 'JSON', title: 'JSON', description: 'Tasks with their annotations.' },
    { name: 'JSON_MIN', title: 'JSON-MIN', description: 'One row per annotation.' },
    { name: 'CSV', title: 'CSV', description: 'Comma-separated.' },
    { name: 'TSV', title: 'TSV', description: 'Tab-separated.' },
  ]);
