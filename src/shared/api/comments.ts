import { z } from 'zod';
import { ApiDatetime, Id, JsonObject, ignoredKeys } from './common';
import { LongText } from './reviews';

/** Comments on annotations (api-contract.md §12). */

/** Non-empty after trimming, and not longer than a review comment may be. */
export const CommentText = LongText.refine(
  (t) => t.trim().length > 0,
  'This field may not be blank.',
);

/** What a comment points at inside the annotation: a region id, or an object naming it. */
export const RegionRef = z
  .union([z.string().min(1).max(200), JsonObject])
  .refine((v) => JSON.stringify(v).length <= 2000, 'The region reference is too large.');
export type RegionRef = z.infer<typeof RegionRef>;

export const Comment = z.object({
  id: Id,
  text: z.string(),
  annotation: Id,
  task: Id,
  created_by: Id.nullable(),
  created_at: ApiDatetime,
  updated_at: ApiDatetime,
  is_resolved: z.boolean(),
  resolved_at: ApiDatetime.nullable(),
  region_ref: RegionRef.nullable(),
});
export type Comment = z.infer<typeof Comment>;

export const CommentCreate = z
  .object({ annotation: Id, text: CommentText, region_ref: RegionRef.nullable().optional() })
  .strict();
export type CommentCreate = z.infer<typeof CommentCreate>;

/** `text` (author only) and `is_resolved`; read-only keys of an echoed comment are ignored. */
export const CommentUpdate = z
  .object({ text: CommentText, is_resolved: z.boolean() })
  .partial()
  .extend(
    ignoredKeys([
      'id',
      'annotation',
      'task',
      'created_by',
      'created_at',
      'updated_at',
      'resolved_at',
      'region_ref',
    ]),
  )
  .strict();
export type CommentUpdate = z.infer<typeof CommentUpdate>;
