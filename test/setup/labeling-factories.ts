// Builders for the labeling API objects (task detail, next task, annotations, drafts,
// predictions). Like factories.ts, every object goes through the shared zod schema.
import type { z } from 'zod';
import { Annotation, AnnotationExpanded } from '../../src/shared/api/annotations';
import { Draft } from '../../src/shared/api/drafts';
import { Prediction } from '../../src/shared/api/predictions';
import { NextTask } from '../../src/shared/api/stream';
import { TaskDetail } from '../../src/shared/api/task-detail';

let nextId = 1000;
const newId = () => nextId++;

export const NOW = '2024-06-18T23:45:46.048490Z';

export function buildAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  const id = overrides.id ?? newId();
  return Annotation.parse({
    id,
    result: [],
    created_username: ' ada@example.org, 7',
    created_ago: '0\u00a0minutes',
    completed_by: 7,
    unique_id: `unique-${id}`,
    was_cancelled: false,
    ground_truth: false,
    created_at: NOW,
    updated_at: NOW,
    draft_created_at: null,
    lead_time: 12.5,
    import_id: null,
    last_action: 'submitted',
    bulk_created: false,
    task: 1,
    project: 1,
    updated_by: 7,
    parent_prediction: null,
    parent_annotation: null,
    last_created_by: 7,
    ...overrides,
  });
}

/** The task-detail form: `completed_by` expanded to the user. */
export function buildExpandedAnnotation(
  overrides: Partial<Annotation> & { userId?: number } = {},
): z.infer<typeof AnnotationExpanded> {
  const { userId = 7, ...rest } = overrides;
  const annotation = buildAnnotation({ completed_by: userId, ...rest });
  return AnnotationExpanded.parse({
    ...annotation,
    completed_by: {
      id: userId,
      first_name: 'Ada',
      last_name: '',
      email: 'ada@example.org',
      avatar: null,
      initials: 'A',
    },
  });
}

export function buildDraft(overrides: Partial<Draft> = {}): Draft {
  return Draft.parse({
    id: overrides.id ?? newId(),
    user: 'ada@example.org',
    created_username: ' ada@example.org, 7',
    created_ago: '0\u00a0minutes',
    result: [],
    lead_time: 0,
    was_postponed: false,
    import_id: null,
    created_at: NOW,
    updated_at: NOW,
    task: 1,
    annotation: null,
    ...overrides,
  });
}

export function buildPrediction(overrides: Partial<Prediction> = {}): Prediction {
  return Prediction.parse({
    id: overrides.id ?? newId(),
    result: [],
    model_version: 'v1',
    created_ago: '0\u00a0minutes',
    score: 0.9,
    created_at: NOW,
    updated_at: NOW,
    task: 1,
    project: 1,
    ...overrides,
  });
}

/** A fresh task's own fields (no annotations, comments or predictions yet). */
export const taskFields = (id: number) => ({
  id,
  data: { text: 'Hello' },
  meta: {},
  created_at: NOW,
  updated_at: NOW,
  is_labeled: false,
  overlap: 1,
  inner_id: 1,
  total_annotations: 0,
  cancelled_annotations: 0,
  total_predictions: 0,
  comment_count: 0,
  unresolved_comment_count: 0,
  last_comment_updated_at: null,
  project: 1,
  updated_by: null,
  file_upload: null,
  comment_authors: [],
});

export function buildTaskDetail(overrides: Partial<TaskDetail> = {}): TaskDetail {
  return TaskDetail.parse({
    ...taskFields(overrides.id ?? newId()),
    annotations: [],
    predictions: [],
    drafts: [],
    annotators: [],
    avg_lead_time: null,
    completed_at: null,
    ...overrides,
  });
}

export function buildNextTask(overrides: Partial<NextTask> = {}): NextTask {
  return NextTask.parse({
    ...buildTaskDetail(overrides),
    unique_lock_id: 'lock-1',
    queue: 'Sequential queue',
    ...overrides,
  });
}
