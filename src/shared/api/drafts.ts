import { z } from 'zod';
import { ApiDatetime, Id, Result, ignoredKeys } from './common';

export const Draft = z.object({
  id: Id,
  user: z.string(),
  created_username: z.string(),
  created_ago: z.string(),
  result: Result.nullable(),
  lead_time: z.number().nullable(),
  was_postponed: z.boolean(),
  import_id: z.int().nullable(),
  created_at: ApiDatetime,
  updated_at: ApiDatetime,
  task: Id,
  annotation: Id.nullable(),
});
export type Draft = z.infer<typeof Draft>;

export const DraftWrite = z
  .object({
    result: Result.nullable(),
    lead_time: z.number().min(0).max(1e9).nullable(),
    was_postponed: z.boolean(),
    import_id: z.int().nullable(),
  })
  .partial()
  .extend(
    ignoredKeys([
      'id',
      'user',
      'created_username',
      'created_ago',
      'created_at',
      'updated_at',
      'task',
      'annotation',
      'draft_id',
      'project',
    ]),
  )
  .strict();
export type DraftWrite = z.infer<typeof DraftWrite>;
