import { z } from 'zod';
import { DatetimeInput, MAX_ID, QueryInt } from '../../../shared/api/common';
import type { ReviewQueueItem } from '../../../shared/api/reviews';
import { annotationById } from '../../db/annotations';
import type { Db } from '../../db/connect';
import type { QueueFilter, waitingPage } from '../../db/review-queue';
import { toApiDatetime } from '../../db/time';
import { userById, usersMap } from '../../db/users';
import { fieldError } from '../../errors';
import { createdUsername } from '../../present/users';

/** Filters of `review/next` and `review/queue`; `exclude` is the annotation on screen (prefetch). */
export const QueueFilters = z.object({
  annotator: QueryInt(1, MAX_ID).optional(),
  label: z.string().min(1).max(500).optional(),
  created_after: DatetimeInput.optional(),
  created_before: DatetimeInput.optional(),
  exclude: QueryInt(1, MAX_ID).optional(),
});
export type QueueFilters = z.infer<typeof QueueFilters>;

export const QueuePageQuery = QueueFilters.extend({
  page: QueryInt(1, 1_000_000).optional(),
  page_size: QueryInt(1, 100).optional(),
});

/**
 * The filter for the query layer. Ids that name nothing here are the caller's mistake, so they
 * get a 400 rather than a silently empty queue: an unknown annotator, or an `exclude` that is
 * not an annotation of this project.
 */
export async function queueFilter(
  db: Db,
  projectId: number,
  q: QueueFilters,
): Promise<QueueFilter> {
  if (q.annotator !== undefined && !(await userById(db.kysely, q.annotator)))
    throw fieldError('annotator', 'Unknown user.');
  if (q.exclude !== undefined) {
    const excluded = await annotationById(db.kysely, q.exclude);
    if (excluded?.project_id !== projectId)
      throw fieldError('exclude', 'No annotation with this id in this project.');
  }
  const at = (field: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const normalized = toApiDatetime(v);
    if (normalized === null) throw fieldError(field, 'Not a valid datetime.');
    return normalized;
  };
  return {
    projectId,
    annotator: q.annotator,
    label: q.label,
    createdAfter: at('created_after', q.created_after),
    createdBefore: at('created_before', q.created_before),
    exclude: q.exclude,
  };
}

type QueueRow = Awaited<ReturnType<typeof waitingPage>>['rows'][number];

export async function presentQueueRows(db: Db, rows: QueueRow[]): Promise<ReviewQueueItem[]> {
  const users = await usersMap(
    db.kysely,
    rows.map((r) => r.completed_by),
  );
  return rows.map((r) => ({
    id: r.id,
    task: r.task_id,
    inner_id: r.inner_id,
    completed_by: r.completed_by,
    created_username: createdUsername(
      r.completed_by === null ? undefined : users.get(r.completed_by),
    ),
    created_at: r.created_at,
    updated_at: r.updated_at,
    lead_time: r.lead_time,
    last_action: r.last_action as ReviewQueueItem['last_action'],
    result_count: Number(r.result_count),
  }));
}
