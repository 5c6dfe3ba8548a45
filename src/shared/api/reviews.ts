import { z } from 'zod';
import { Annotation } from './annotations';
import { ApiDatetime, Id, Result } from './common';
import { TaskDetail } from './task-detail';

/** Review and ground truth (api-contract.md §12). */
export const REVIEW_ACTIONS = ['accept', 'reject', 'fix'] as const;
export const ReviewAction = z.enum(REVIEW_ACTIONS);
export type ReviewAction = z.infer<typeof ReviewAction>;

/** Free text written by a reviewer or a commenter: something to read, within reason. */
export const MAX_TEXT = 10_000;
/** At most MAX_TEXT characters, counted in code points like every offset (an emoji is one). */
export const LongText = z.string().refine(
  // A code point is one or two UTF-16 units: only the band in between needs counting.
  (t) => t.length <= MAX_TEXT || (t.length <= 2 * MAX_TEXT && [...t].length <= MAX_TEXT),
  `Ensure this field has no more than ${MAX_TEXT} characters.`,
);

export const Review = z.object({
  id: Id,
  annotation: Id,
  created_by: Id.nullable(),
  created_at: ApiDatetime,
  accepted: z.boolean(),
  action: ReviewAction,
  comment: z.string().nullable(),
  /** The corrected copy a `fix` stored (its `parent_annotation` is `annotation`). */
  fixed_annotation: Id.nullable(),
});
export type Review = z.infer<typeof Review>;

/**
 * `POST /api/annotations/{id}/review`. `result` goes with `fix` only; `updated_at` (or the
 * request's `If-Match`) is the annotation's version as the reviewer saw it.
 */
export const ReviewCreate = z
  .object({
    action: ReviewAction,
    comment: LongText.nullable().optional(),
    result: Result.optional(),
    updated_at: z.string().optional(),
  })
  .strict();
export type ReviewCreate = z.infer<typeof ReviewCreate>;

/** `GET /api/projects/{id}/review/next`: the oldest annotation waiting for review, with its task. */
export const ReviewNext = z.object({ task: TaskDetail, annotation: Annotation });
export type ReviewNext = z.infer<typeof ReviewNext>;

/** One row of the review queue screen: enough to list and pick, no task data. */
export const ReviewQueueItem = z.object({
  id: Id,
  task: Id,
  inner_id: z.int(),
  completed_by: Id.nullable(),
  created_username: z.string(),
  created_at: ApiDatetime,
  updated_at: ApiDatetime,
  lead_time: z.number().nullable(),
  last_action: Annotation.shape.last_action,
  /** Number of result items (regions and classifications). */
  result_count: z.int(),
});
export type ReviewQueueItem = z.infer<typeof ReviewQueueItem>;

export const ReviewQueuePage = z.object({
  count: z.int(),
  next: z.string().nullable(),
  previous: z.string().nullable(),
  results: z.array(ReviewQueueItem),
});
export type ReviewQueuePage = z.infer<typeof ReviewQueuePage>;

/** The queue's query filters, as the client builds them (all optional, combined with AND). */
export interface ReviewQueueFilters {
  annotator?: number;
  label?: string;
  created_after?: string;
  created_before?: string;
  exclude?: number;
}
