import type { ImportJob } from '../../../shared/api/imports';
import { NON_FIELD_ERRORS } from '../../../shared/api/errors';
import { recountProjectTotals } from '../../db/counters';
import {
  deleteJobTasks,
  failStaleJobs,
  insertJob,
  updateJob,
  type ImportJobRow,
} from '../../db/imports';
import type { Db, Dialect, Q } from '../../db/connect';
import { isoMinus, nowIso } from '../../db/time';
import { ApiError } from '../../errors';
import type { Logger } from '../../http/app-env';
import { runImport, type ImportRun } from './service';

/**
 * Background imports (api-contract.md §7, large imports). The job is a row: any replica
 * answers `GET …/imports/{job}`. The work runs in the process that received the body (the body
 * is in its temp file); it beats the row's `updated_at`, so when that process dies the job is
 * reported failed by whoever reads it next, instead of staying "running" forever.
 */

/** A job that has not beaten for this long is taken as dead. */
const STALE_SECONDS = 300;

export function presentJob(row: ImportJobRow): ImportJob {
  return {
    id: row.id,
    status: row.status,
    rows_done: row.rows_done,
    rows_total: row.rows_total,
    task_count: row.task_count,
    annotation_count: row.annotation_count,
    prediction_count: row.prediction_count,
    errors: JSON.parse(row.errors) as string[],
    created_at: row.created_at,
    finished_at: row.finished_at,
  };
}

/**
 * Fail the jobs that stopped beating and take back what they committed, all in one
 * transaction, so "failed" always means "nothing was kept". On SQLite one process owns the
 * database, so at its start every unfinished job is dead (`everyUnfinished`); PostgreSQL
 * replicas may still be running theirs, so there only silent jobs count.
 */
export async function failStale(
  db: Db,
  opts: { projectId?: number; everyUnfinished?: boolean } = {},
): Promise<number> {
  const now = nowIso();
  const before = opts.everyUnfinished ? '9999' : isoMinus(STALE_SECONDS);
  return db.kysely.transaction().execute(async (trx) => {
    const failed = await failStaleJobs(trx, before, now, opts.projectId);
    for (const job of failed) await takeBack(trx, db.dialect, job.project_id, job.id);
    return failed.length;
  });
}

/** At start: imports the last run of the server left unfinished are failed and undone. */
export const recoverInterruptedImports = (db: Db) =>
  failStale(db, { everyUnfinished: db.dialect === 'sqlite' });

/** What a failed import reports: the row messages of a 400, or its detail. */
function messagesOf(e: unknown): string[] {
  if (e instanceof ApiError) {
    const rows = (e.extra.validation_errors as Record<string, string[]> | undefined)?.[
      NON_FIELD_ERRORS
    ];
    return rows ?? [e.detail];
  }
  return ['Internal server error'];
}

/** Create the job row (queued) and start the import in the background; returns the job id. */
export async function startJob(run: Omit<ImportRun, 'jobId'>, log: Logger): Promise<number> {
  const now = nowIso();
  const jobId = await insertJob(run.db.kysely, {
    project_id: run.project.id,
    user_id: run.importer.id,
    status: 'queued',
    options: JSON.stringify(run.options),
    rows_done: 0,
    rows_total: null,
    task_count: 0,
    annotation_count: 0,
    prediction_count: 0,
    errors: '[]',
    created_at: now,
    updated_at: now,
    finished_at: null,
  });
  // Not awaited: the request answers 202 now. Any failure ends up in the row.
  setImmediate(() => void runJob({ ...run, jobId }, log));
  return jobId;
}

async function runJob(run: ImportRun & { jobId: number }, log: Logger): Promise<void> {
  const { db, jobId } = run;
  try {
    await updateJob(db.kysely, jobId, { status: 'running', updated_at: nowIso() });
    const outcome = await runImport({
      ...run,
      onProgress: async () => {
        await updateJob(db.kysely, jobId, { updated_at: nowIso() });
      },
      onBatch: async (trx, p) => {
        await updateJob(trx, jobId, {
          rows_done: p.rowsDone,
          rows_total: p.rowsTotal,
          task_count: p.taskCount,
          annotation_count: p.annotationCount,
          prediction_count: p.predictionCount,
          updated_at: nowIso(),
        });
      },
    });
    const now = nowIso();
    await updateJob(db.kysely, jobId, {
      status: 'done',
      rows_done: outcome.rows,
      rows_total: outcome.rows,
      task_count: outcome.taskCount,
      annotation_count: outcome.annotationCount,
      prediction_count: outcome.predictionCount,
      errors: JSON.stringify(outcome.errors),
      updated_at: now,
      finished_at: now,
    });
  } catch (e) {
    if (!(e instanceof ApiError))
      log.error('import job failed', {
        job: jobId,
        error: e instanceof Error ? e.stack : String(e),
      });
    await rollBack(run).catch((err: unknown) =>
      log.error('import job rollback failed', { job: jobId, error: String(err) }),
    );
    const now = nowIso();
    await updateJob(db.kysely, jobId, {
      status: 'failed',
      task_count: 0,
      annotation_count: 0,
      prediction_count: 0,
      errors: JSON.stringify(messagesOf(e).slice(0, 100)),
      updated_at: now,
      finished_at: now,
    }).catch((err: unknown) =>
      log.error('import job update failed', { job: jobId, error: String(err) }),
    );
  } finally {
    await run.source.dispose();
  }
}

/**
 * Take back what a failed job committed: its tasks (annotations, predictions and drafts go
 * with them by cascade), then the project's totals recounted under the project row's lock —
 * tasks before project, the order every writer uses.
 */
async function takeBack(trx: Q, dialect: Dialect, projectId: number, jobId: number) {
  const { numDeletedRows } = (await deleteJobTasks(trx, projectId, jobId))[0] ?? {};
  if (!numDeletedRows) return;
  await recountProjectTotals(trx, dialect, projectId);
}

function rollBack({ db, project, jobId }: ImportRun & { jobId: number }): Promise<void> {
  return db.kysely.transaction().execute((trx) => takeBack(trx, db.dialect, project.id, jobId));
}
