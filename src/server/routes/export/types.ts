import type { ExportType } from '../../../shared/api/exports';
import type { LabelConfig } from '../../../shared/label-config/label-config';
import type { AnnotationRow } from '../../db/annotations';
import type { DraftRow } from '../../db/drafts';
import type { PredictionRow } from '../../db/predictions';
import type { ProjectRow } from '../../db/projects';
import type { ReviewRow } from '../../db/reviews';
import type { TaskRow } from '../../db/tasks';
import type { UserRow } from '../../db/users';

export interface ExportOptions {
  /** false: only tasks with at least one annotation (skips included). */
  allTasks: boolean;
  /** Restrict to these task ids (sorted, unique); null = every task of the project. */
  ids: readonly number[] | null;
  includeDrafts: boolean;
  includePredictions: boolean;
}

/**
 * Columns read per row. Reading fewer is most of the speed of a format (better-sqlite3 spends
 * its time building row objects): the JSON rows carry what the JSON format writes, the `min`
 * rows what JSON_MIN, CSV and TSV write.
 */
export const TASK_COLUMNS = {
  min: ['id', 'data'],
  json: [
    'id',
    'file_upload',
    'data',
    'meta',
    'created_at',
    'updated_at',
    'inner_id',
    'total_annotations',
    'cancelled_annotations',
    'total_predictions',
    'comment_count',
    'unresolved_comment_count',
    'last_comment_updated_at',
    'project_id',
    'updated_by',
    'comment_authors',
  ],
} as const satisfies Record<string, readonly (keyof TaskRow)[]>;

export const ANNOTATION_COLUMNS = {
  min: [
    'id',
    'task_id',
    'result',
    'completed_by',
    'was_cancelled',
    'created_at',
    'updated_at',
    'lead_time',
  ],
} as const satisfies Record<string, readonly (keyof AnnotationRow)[]>;

export type RowSet = 'min' | 'json';
export type MinTask = Pick<TaskRow, (typeof TASK_COLUMNS.min)[number]>;
export type JsonTask = Pick<TaskRow, (typeof TASK_COLUMNS.json)[number]>;
export type MinAnnotation = Pick<AnnotationRow, (typeof ANNOTATION_COLUMNS.min)[number]>;

/** What a format reads besides the tasks; the service loads nothing else. */
export interface Needs {
  rows: RowSet;
  predictions: 'none' | 'ids' | 'full';
  drafts: boolean;
  /** Users referenced by annotations and drafts (for emails). */
  users: boolean;
  /** Each annotation's reviews [Margin] (api-contract.md §8). */
  reviews: boolean;
}

/** Prediction ids only, when the full rows are not wanted. */
export type PredictionRef = Pick<PredictionRow, 'id' | 'task_id'>;

/**
 * One keyset batch of tasks (ordered by id) with their related rows, grouped by task id. With
 * `needs.rows = 'json'` the rows are JsonTask and full AnnotationRow (see `asJsonBatch`).
 */
export interface ExportBatch<T extends MinTask = MinTask, A extends MinAnnotation = MinAnnotation> {
  tasks: readonly T[];
  /** Every annotation, cancelled ones included, by id. */
  annotations: ReadonlyMap<number, A[]>;
  predictions: ReadonlyMap<number, (PredictionRow | PredictionRef)[]>;
  drafts: ReadonlyMap<number, DraftRow[]>;
  /** Reviews by annotation id, oldest first (when `needs.reviews`). */
  reviews: ReadonlyMap<number, ReviewRow[]>;
  /** Users seen so far in this export (at least those of this batch, when `needs.users`). */
  users: ReadonlyMap<number, UserRow>;
}

export interface ExportContext {
  project: ProjectRow;
  options: ExportOptions;
  config: LabelConfig;
}

/** Turns batches into text: `batch` for each batch in order, then `end` once. */
export interface FormatWriter {
  batch(batch: ExportBatch): string;
  end(): string;
}

export interface Formatter {
  readonly title: string;
  readonly description: string;
  readonly extension: 'json' | 'csv' | 'tsv';
  readonly contentType: string;
  needs(options: ExportOptions): Needs;
  open(ctx: ExportContext): FormatWriter;
}

export type FormatRegistry = Readonly<Record<ExportType, Formatter>>;
