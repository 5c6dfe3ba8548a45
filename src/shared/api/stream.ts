import { z } from 'zod';
import { Id } from './common';
import { TaskDetail } from './task-detail';

/** How the stream chose a task (api-contract.md §11), shown to the annotator. */
export const QUEUE_NAMES = [
  'Task lock',
  /** A task whose annotation by the caller a reviewer rejected: back for rework (§12). */
  'Rework queue',
  'Ground truth queue',
  'Breadth first queue',
  'Sequential queue',
  'Uniform queue',
  'Skipped queue',
] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/**
 * `GET /api/projects/{id}/next`: the task with the caller's lock and no annotations — except
 * from the rework queue (and its lock), which brings the caller's rejected annotation to correct.
 */
export const NextTask = TaskDetail.extend({
  unique_lock_id: z.string(),
  queue: z.enum(QUEUE_NAMES),
});
export type NextTask = z.infer<typeof NextTask>;

/** `DELETE /api/projects/{id}/next`: give back the lock on one task, or on every task. */
export const ReleaseLock = z.object({ task: Id.optional() });

export const StreamHistoryItem = z.object({
  task_id: Id,
  annotation_id: Id.nullable(),
});
export const StreamHistory = z.array(StreamHistoryItem);
export type StreamHistory = z.infer<typeof StreamHistory>;
