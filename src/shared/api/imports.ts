import { z } from 'zod';
import { ApiDatetime, Id } from './common';

/** `POST /api/projects/{id}/import` → 201 (api-contract.md §7). */
export const ImportResult = z.object({
  task_count: z.int(),
  annotation_count: z.int(),
  prediction_count: z.int(),
  duration: z.number(),
  file_upload_ids: z.array(Id),
  could_be_tasks_list: z.boolean(),
  found_formats: z.array(z.string()),
  data_columns: z.array(z.string()),
  /** Only with `return_task_ids=true`. */
  task_ids: z.array(Id).optional(),
  /** [Margin] Only with `partial=true`: the rows that were left out and why (first 100). */
  errors: z.array(z.string()).optional(),
});
export type ImportResult = z.infer<typeof ImportResult>;

/** 202: the import continues in the background as this job. */
export const ImportAccepted = z.object({ import: Id });
export type ImportAccepted = z.infer<typeof ImportAccepted>;

export const IMPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** `GET /api/projects/{id}/imports/{job}`. */
export const ImportJob = z.object({
  id: Id,
  status: z.enum(IMPORT_JOB_STATUSES),
  rows_done: z.int(),
  /** Null until the whole body has been read once. */
  rows_total: z.int().nullable(),
  task_count: z.int(),
  annotation_count: z.int(),
  prediction_count: z.int(),
  errors: z.array(z.string()),
  created_at: ApiDatetime,
  finished_at: ApiDatetime.nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;
