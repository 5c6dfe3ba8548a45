import { z } from 'zod';
import { ApiDatetime, Id, UserRef, ignoredKeys } from './common';

export const SAMPLING = ['Sequential sampling', 'Uniform sampling'] as const;
export const SKIP_QUEUE = ['REQUEUE_FOR_OTHERS', 'REQUEUE_FOR_ME', 'IGNORE_SKIPPED'] as const;
export const DEFAULT_LABEL_CONFIG = '<View></View>';

export const ParsedControl = z.object({
  type: z.string(),
  to_name: z.array(z.string()),
  inputs: z.array(z.object({ type: z.string(), value: z.string() })),
  labels: z.array(z.string()),
});

export const Project = z.object({
  id: Id,
  title: z.string(),
  description: z.string(),
  label_config: z.string(),
  parsed_label_config: z.record(z.string(), ParsedControl),
  expert_instruction: z.string(),
  show_instruction: z.boolean(),
  show_skip_button: z.boolean(),
  enable_empty_annotation: z.boolean(),
  show_annotation_history: z.boolean(),
  show_collab_predictions: z.boolean(),
  maximum_annotations: z.int(),
  sampling: z.enum(SAMPLING),
  show_ground_truth_first: z.boolean(),
  show_overlap_first: z.boolean(),
  skip_queue: z.enum(SKIP_QUEUE),
  lock_ttl: z.int(),
  color: z.string(),
  model_version: z.string(),
  created_by: UserRef.nullable(),
  created_at: ApiDatetime,
  pinned_at: ApiDatetime.nullable(),
  task_number: z.int(),
  finished_task_number: z.int(),
  total_annotations_number: z.int(),
  skipped_annotations_number: z.int(),
  ground_truth_number: z.int(),
  useful_annotation_number: z.int(),
  num_tasks_with_annotations: z.int(),
  total_predictions_number: z.int(),
  queue_total: z.int(),
  queue_done: z.int(),
  /** [Margin] The caller's submitted annotations since `today_from` (default: UTC midnight). */
  queue_done_today: z.int(),
  members: z.array(Id),
});
export type Project = z.infer<typeof Project>;

const Title = z
  .string()
  .max(50, 'Ensure this field has no more than 50 characters.')
  .refine((t) => t.length === 0 || t.length >= 3, 'Ensure this field has at least 3 characters.');

/** Writable project fields; read-only keys a client echoes back are accepted and ignored. */
export const ProjectWrite = z
  .object({
    title: Title,
    description: z.string().max(100_000),
    label_config: z.string(),
    expert_instruction: z.string().max(1_000_000),
    show_instruction: z.boolean(),
    show_skip_button: z.boolean(),
    enable_empty_annotation: z.boolean(),
    show_annotation_history: z.boolean(),
    show_collab_predictions: z.boolean(),
    maximum_annotations: z.int().min(1).max(1000),
    sampling: z.enum(SAMPLING),
    show_ground_truth_first: z.boolean(),
    show_overlap_first: z.boolean(),
    skip_queue: z.enum(SKIP_QUEUE),
    lock_ttl: z
      .int()
      .min(10)
      .max(7 * 24 * 3600),
    color: z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'Color must be #RRGGBB.'),
    model_version: z.string().max(1000),
    pinned_at: z.string().nullable(),
    members: z.array(Id).max(10_000),
  })
  .partial()
  .extend(
    ignoredKeys([
      'id',
      'parsed_label_config',
      'created_by',
      'created_at',
      'task_number',
      'finished_task_number',
      'total_annotations_number',
      'skipped_annotations_number',
      'ground_truth_number',
      'useful_annotation_number',
      'num_tasks_with_annotations',
      'total_predictions_number',
      'queue_total',
      'queue_done',
      'queue_done_today',
      'organization',
      'workspace',
      'config_has_control_tags',
      'config_suitable_for_bulk_annotation',
    ]),
  )
  .strict();
export type ProjectWrite = z.infer<typeof ProjectWrite>;

// No length cap here: the body limit bounds it, and the config engine refuses an oversized config
// with its own message.
export const ValidateConfigBody = z.strictObject({ label_config: z.string() });

export const ProjectList = z.object({
  count: z.int(),
  next: z.string().nullable(),
  previous: z.string().nullable(),
  results: z.array(Project),
});
export type ProjectList = z.infer<typeof ProjectList>;
