import { z } from 'zod';
import { AnnotationExpanded } from './annotations';
import { ApiDatetime, Id } from './common';
import { Draft } from './drafts';
import { Prediction } from './predictions';
import { Task } from './tasks';

/** `GET /api/tasks/{id}`: the task with its annotations, predictions and the caller's drafts. */
export const TaskDetail = Task.extend({
  annotations: z.array(AnnotationExpanded),
  predictions: z.array(Prediction),
  drafts: z.array(Draft),
  annotators: z.array(Id),
  avg_lead_time: z.number().nullable(),
  completed_at: ApiDatetime.nullable(),
});
export type TaskDetail = z.infer<typeof TaskDetail>;

export const TaskList = z.object({
  total_annotations: z.int(),
  total_predictions: z.int(),
  total: z.int(),
  tasks: z.array(
    Task.extend({
      annotations: z.array(z.unknown()).optional(),
      predictions: z.array(z.unknown()).optional(),
      // [Margin] With `fields=table`: the task table's computed columns.
      annotators: z.array(Id).optional(),
      annotations_ids: z.string().optional(),
      ground_truth: z.boolean().optional(),
      completed_at: ApiDatetime.nullable().optional(),
      avg_lead_time: z.number().nullable().optional(),
    }),
  ),
  next_cursor: z.string().nullable().optional(),
});
export type TaskList = z.infer<typeof TaskList>;
