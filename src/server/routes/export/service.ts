import type { Db, Q } from '../../db/connect';
import { read } from '../../db/prepared';
import type { ProjectRow } from '../../db/projects';
import { usersByIds, type UserRow } from '../../db/users';
import { configOf } from '../../label-config';
import {
  ANNOTATION_COLUMNS,
  TASK_COLUMNS,
  type ExportBatch,
  type ExportOptions,
  type Formatter,
  type MinAnnotation,
  type MinTask,
  type Needs,
  type PredictionRef,
  type RowSet,
} from './types';

/**
 * Export reads the project in keyset batches of BATCH tasks (`id > last order by id`) and
 * loads each batch's annotations, predictions and drafts with one query per kind, so memory
 * stays at one batch whatever the project's size.
 *
 * Every query has a fixed shape, compiled once: the task ids of a batch fill exactly BATCH
 * `IN (...)` slots, padded with 0 (no row has id 0). On SQLite that keeps them on the read
 * connection (WAL: never behind a writer) and each lookup on the `(task_id, …)` indexes.
 */
export const BATCH = 1000;

const SLOTS = Array.from({ length: BATCH }, (_, i) => `t${i}`);
type Slots = Record<string, number>;

function slotValues(ids: readonly number[]): Slots {
  const out: Slots = {};
  for (let i = 0; i < BATCH; i++) out[SLOTS[i]!] = ids[i] ?? 0;
  return out;
}

const inSlots = (p: Slots) => SLOTS.map((k) => p[k]!);

/** The task queries of one column set (the filter columns are read with them). */
function taskQueries(rows: RowSet) {
  const columns = [...TASK_COLUMNS[rows], 'total_annotations', 'cancelled_annotations'] as const;
  return {
    after: read<{ project: number; after: number }>()((q, p) =>
      q
        .selectFrom('tasks')
        .select(columns)
        .where('project_id', '=', p.project)
        .where('id', '>', p.after)
        .orderBy('id')
        .limit(BATCH),
    ),
    /** Tasks with any annotation, skips included; the stored counters say which (README invariant). */
    annotatedAfter: read<{ project: number; after: number }>()((q, p) =>
      q
        .selectFrom('tasks')
        .select(columns)
        .where('project_id', '=', p.project)
        .where('id', '>', p.after)
        .where((eb) =>
          eb.or([eb('total_annotations', '>', 0), eb('cancelled_annotations', '>', 0)]),
        )
        .orderBy('id')
        .limit(BATCH),
    ),
    byIds: read<Slots & { project: number }>()((q, p) =>
      q
        .selectFrom('tasks')
        .select(columns)
        .where('project_id', '=', p.project)
        .where('id', 'in', inSlots(p))
        .orderBy('id'),
    ),
  };
}
const TASK_QUERIES = { min: taskQueries('min'), json: taskQueries('json') };

const ANNOTATION_QUERIES = {
  min: read<Slots>()((q, p) =>
    q
      .selectFrom('annotations')
      .select(ANNOTATION_COLUMNS.min)
      .where('task_id', 'in', inSlots(p))
      .orderBy('task_id')
      .orderBy('id'),
  ),
  json: read<Slots>()((q, p) =>
    q
      .selectFrom('annotations')
      .selectAll()
      .where('task_id', 'in', inSlots(p))
      .orderBy('task_id')
      .orderBy('id'),
  ),
};

const predictionsOf = read<Slots>()((q, p) =>
  q
    .selectFrom('predictions')
    .selectAll()
    .where('task_id', 'in', inSlots(p))
    .orderBy('task_id')
    .orderBy('id'),
);

const predictionIdsOf = read<Slots>()((q, p) =>
  q
    .selectFrom('predictions')
    .select(['id', 'task_id'])
    .where('task_id', 'in', inSlots(p))
    .orderBy('task_id')
    .orderBy('id'),
);

const reviewsOf = read<Slots>()((q, p) =>
  q
    .selectFrom('reviews')
    .selectAll()
    .where('task_id', 'in', inSlots(p))
    .orderBy('annotation_id')
    .orderBy('id'),
);

const draftsOf = read<Slots>()((q, p) =>
  q
    .selectFrom('drafts')
    .selectAll()
    .where('task_id', 'in', inSlots(p))
    .orderBy('task_id')
    .orderBy('id'),
);

function groupBy<R>(rows: readonly R[], key: (row: R) => number): Map<number, R[]> {
  const out = new Map<number, R[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}

const groupByTask = <R extends { task_id: number }>(rows: readonly R[]) =>
  groupBy(rows, (r) => r.task_id);

const EMPTY = new Map<number, never[]>();

/** The tasks to export, one batch at a time. */
async function* taskBatches(
  db: Q,
  projectId: number,
  options: ExportOptions,
  rowSet: RowSet,
): AsyncGenerator<MinTask[]> {
  const queries = TASK_QUERIES[rowSet];
  if (options.ids) {
    for (let i = 0; i < options.ids.length; i += BATCH) {
      const chunk = options.ids.slice(i, i + BATCH);
      let rows = await queries.byIds.all(db, { ...slotValues(chunk), project: projectId });
      if (!options.allTasks)
        rows = rows.filter((t) => t.total_annotations > 0 || t.cancelled_annotations > 0);
      if (rows.length > 0) yield rows;
    }
    return;
  }
  const query = options.allTasks ? queries.after : queries.annotatedAfter;
  for (let after = 0; ;) {
    const rows = await query.all(db, { project: projectId, after });
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** Batches of tasks with the related rows a format needs, users cached across batches. */
export async function* exportBatches(
  db: Q,
  projectId: number,
  options: ExportOptions,
  needs: Needs,
): AsyncGenerator<ExportBatch> {
  const users = new Map<number, UserRow>();
  for await (const tasks of taskBatches(db, projectId, options, needs.rows)) {
    const slots = slotValues(tasks.map((t) => t.id));
    const [annotations, predictions, drafts, reviews] = await Promise.all([
      ANNOTATION_QUERIES[needs.rows].all(db, slots) as Promise<MinAnnotation[]>,
      needs.predictions === 'full'
        ? predictionsOf.all(db, slots)
        : needs.predictions === 'ids'
          ? (predictionIdsOf.all(db, slots) as Promise<PredictionRef[]>)
          : Promise.resolve([]),
      needs.drafts ? draftsOf.all(db, slots) : Promise.resolve([]),
      needs.reviews ? reviewsOf.all(db, slots) : Promise.resolve([]),
    ]);
    if (needs.users) {
      const missing = new Set<number>();
      for (const a of annotations)
        if (a.completed_by !== null && !users.has(a.completed_by)) missing.add(a.completed_by);
      for (const d of drafts) if (!users.has(d.user_id)) missing.add(d.user_id);
      if (missing.size > 0) for (const u of await usersByIds(db, [...missing])) users.set(u.id, u);
    }
    yield {
      tasks,
      annotations: groupByTask(annotations),
      predictions: predictions.length ? groupByTask(predictions) : EMPTY,
      drafts: drafts.length ? groupByTask(drafts) : EMPTY,
      reviews: reviews.length ? groupBy(reviews, (r) => r.annotation_id) : EMPTY,
      users,
    };
  }
}

/** Chunks are at least this long (except the last): small batches are merged. */
const MIN_CHUNK = 64 * 1024;

/** The export file as text chunks, in order. Nothing is read until the first `next()`. */
export async function* exportChunks(
  db: Db,
  project: ProjectRow,
  options: ExportOptions,
  formatter: Formatter,
): AsyncGenerator<string> {
  const writer = formatter.open({ project, options, config: configOf(project.label_config) });
  let pending = '';
  for await (const batch of exportBatches(
    db.kysely,
    project.id,
    options,
    formatter.needs(options),
  )) {
    pending += writer.batch(batch);
    if (pending.length >= MIN_CHUNK) {
      yield pending;
      pending = '';
    }
  }
  pending += writer.end();
  if (pending) yield pending;
}

/** `project-<id>-at-<YYYY-MM-DD-HH-MM>.<ext>`, in UTC (Label Studio's name without its hash). */
export function exportFileName(projectId: number, extension: string, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[T:]/g, '-');
  return `project-${projectId}-at-${stamp}.${extension}`;
}

/**
 * A byte stream over the chunks with backpressure: the next chunk is produced only when the
 * consumer has taken the previous one (pull), so at most one chunk waits in memory. The first
 * chunk is produced before this returns, so a failure at the start is still an ordinary error
 * answer, not a cut-off download.
 */
export async function toByteStream(
  chunks: AsyncGenerator<string>,
  onError: (err: unknown) => void,
): Promise<ReadableStream<Uint8Array>> {
  const first = await chunks.next();
  let head: string | null = first.done ? null : first.value;
  let cancelled = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          let text = head;
          head = null;
          if (text === null) {
            const next = await chunks.next();
            if (cancelled) return;
            if (next.done) return controller.close();
            text = next.value;
          }
          controller.enqueue(Buffer.from(text, 'utf8'));
        } catch (err) {
          if (cancelled) return;
          onError(err);
          controller.error(err);
        }
      },
      async cancel() {
        cancelled = true;
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
