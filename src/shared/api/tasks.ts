import { z } from 'zod';
import { ApiDatetime, Id, JsonObject, ignoredKeys } from './common';

export const Task = z.object({
  id: Id,
  data: JsonObject,
  meta: JsonObject,
  created_at: ApiDatetime,
  updated_at: ApiDatetime,
  is_labeled: z.boolean(),
  overlap: z.int(),
  inner_id: z.int(),
  total_annotations: z.int(),
  cancelled_annotations: z.int(),
  total_predictions: z.int(),
  comment_count: z.int(),
  unresolved_comment_count: z.int(),
  last_comment_updated_at: ApiDatetime.nullable(),
  project: Id,
  updated_by: Id.nullable(),
  file_upload: z.string().nullable(),
  comment_authors: z.array(Id),
});
export type Task = z.infer<typeof Task>;

const echoed = ignoredKeys([
  'id',
  'created_at',
  'updated_at',
  'is_labeled',
  'overlap',
  'inner_id',
  'total_annotations',
  'cancelled_annotations',
  'total_predictions',
  'comment_count',
  'unresolved_comment_count',
  'last_comment_updated_at',
  'updated_by',
  'file_upload',
  'comment_authors',
  'annotations',
  'predictions',
  'drafts',
  'annotators',
  'avg_lead_time',
  'completed_at',
]);

export const TaskCreate = z
  .object({ data: JsonObject, project: Id, meta: JsonObject.optional() })
  .extend(echoed)
  .strict();
export type TaskCreate = z.infer<typeof TaskCreate>;

export const TaskPatch = z
  .object({ data: JsonObject.optional(), meta: JsonObject.optional(), project: z.unknown() })
  .partial()
  .extend(echoed)
  .strict();
export type TaskPatch = z.infer<typeof TaskPatch>;
