import { z } from 'zod';
import { ApiDatetime, Id, Result, UserRef, ignoredKeys } from './common';

export const LAST_ACTIONS = [
  'prediction',
  'propagated_annotation',
  'imported',
  'submitted',
  'updated',
  'skipped',
  'accepted',
  'rejected',
  'fixed_and_accepted',
  'deleted_review',
] as const;
export const LastAction = z.enum(LAST_ACTIONS);
export type LastAction = z.infer<typeof LastAction>;

export const Annotation = z.object({
  id: Id,
  result: Result.nullable(),
  created_username: z.string(),
  created_ago: z.string(),
  completed_by: Id.nullable(),
  unique_id: z.string(),
  was_cancelled: z.boolean(),
  ground_truth: z.boolean(),
  created_at: ApiDatetime,
  updated_at: ApiDatetime,
  draft_created_at: ApiDatetime.nullable(),
  lead_time: z.number().nullable(),
  import_id: z.int().nullable(),
  last_action: LastAction.nullable(),
  bulk_created: z.boolean(),
  task: Id,
  project: Id,
  updated_by: Id.nullable(),
  parent_prediction: Id.nullable(),
  parent_annotation: Id.nullable(),
  last_created_by: Id.nullable(),
});
export type Annotation = z.infer<typeof Annotation>;

/** On task detail, `completed_by` is expanded to the user. */
export const AnnotationExpanded = Annotation.extend({
  completed_by: UserRef.extend({ initials: z.string() }).nullable(),
});

const UniqueId = z.string().min(1).max(100);
const LeadTime = z.number().min(0).max(1e9).nullable();

const fields = {
  result: Result.nullable(),
  lead_time: LeadTime,
  was_cancelled: z.boolean(),
  ground_truth: z.boolean(),
  completed_by: Id.nullable(),
  draft_id: Id.nullable(),
  parent_prediction: Id.nullable(),
  parent_annotation: Id.nullable(),
  unique_id: UniqueId,
  import_id: z.int().nullable(),
};

const echoed = ignoredKeys([
  'id',
  'created_username',
  'created_ago',
  'created_at',
  'updated_at',
  'draft_created_at',
  'last_action',
  'bulk_created',
  'task',
  'project',
  'updated_by',
  'last_created_by',
  'reviews',
]);

export const AnnotationCreate = z.object(fields).partial().extend(echoed).strict();
export type AnnotationCreate = z.infer<typeof AnnotationCreate>;

/** PATCH and PUT take the same keys; `updated_at` doubles as an If-Match precondition. */
export const AnnotationUpdate = z
  .object(fields)
  .partial()
  .extend(echoed)
  .extend({ updated_at: z.string().optional() })
  .strict();
export type AnnotationUpdate = z.infer<typeof AnnotationUpdate>;

export const SelectedItems = z.union([
  z.strictObject({ all: z.literal(false), included: z.array(Id).max(1_000_000) }),
  z.strictObject({ all: z.literal(true), excluded: z.array(Id).max(1_000_000).default([]) }),
]);

export const AnnotationBulkCreate = z
  .object(fields)
  .partial()
  .extend({
    tasks: z.array(Id).max(1_000_000).optional(),
    selected_items: SelectedItems.optional(),
    project: Id.optional(),
  })
  .strict();
export type AnnotationBulkCreate = z.infer<typeof AnnotationBulkCreate>;

export const ConflictBody = z.object({ detail: z.string(), current: Annotation });
