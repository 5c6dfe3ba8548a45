import { NON_FIELD_ERRORS } from '../../../shared/api/errors';
import { requiredDataKeys } from '../../../shared/label-config/summary';
import type { Db, Q } from '../../db/connect';
import { isIgnoreSkipped } from '../../db/counters';
import type { ProjectRow } from '../../db/projects';
import { nowIso } from '../../db/time';
import type { UserRow } from '../../db/users';
import { badRequest, nonFieldError, validationError } from '../../errors';
import { configOf } from '../../label-config';
import { ImportInputError, type FormatContext } from './formats';
import { readItems } from './items';
import { prepareItem, type PreparedTask, type RowContext } from './rows';
import type { BodySource } from './source';
import { UserResolver } from './users';
import { writeBatch, type WriteContext } from './writer';

/**
 * The import (api-contract.md §7) in two streaming passes over the body:
 *
 * 1. Validate every item and remember only the indexes of bad ones (and the first 100
 *    messages). Nothing is written, so all-or-nothing costs no cleanup: a bad row means the
 *    import stops here and the project is exactly as it was. `commit_to_project=false` stops
 *    here too.
 * 2. Read the body again and write the good items in batches.
 *
 * Memory stays bounded by one batch whatever the body size: the body is re-read (from memory
 * up to 10 MB, else from its spool file) instead of being kept parsed. A request import runs
 * pass 2 in one transaction; a background job commits batch by batch (so readers see progress
 * and the write lock is shared) and, should a batch fail after others were committed, deletes
 * the tasks marked with its job id (jobs.ts).
 */

export interface ImportOptions {
  commit: boolean;
  partial: boolean;
  returnTaskIds: boolean;
}

export interface ImportRun {
  db: Db;
  project: ProjectRow;
  importer: UserRow;
  source: BodySource;
  options: ImportOptions;
  /** Set for background jobs: commit per batch and mark the tasks. */
  jobId: number | null;
  /** A job's heartbeat and progress; called between batches. */
  onProgress?: (p: Progress) => Promise<void>;
  /** A job's batch commit: record progress in the same transaction. */
  onBatch?: (trx: Q, p: Progress) => Promise<void>;
}

export interface Progress {
  phase: 'validate' | 'write';
  rowsDone: number;
  rowsTotal: number | null;
  taskCount: number;
  annotationCount: number;
  predictionCount: number;
}

export interface ImportOutcome {
  rows: number;
  taskCount: number;
  annotationCount: number;
  predictionCount: number;
  taskIds: number[];
  /** Row errors (first 100): empty unless `partial`. */
  errors: string[];
}

const MAX_ERRORS = 100;
/** Tasks per write transaction: big enough to amortise the commit, small enough to share. */
const BATCH = 2000;
const HEARTBEAT_ROWS = 20_000;

interface Contexts {
  rows: RowContext;
  format: FormatContext;
  write: WriteContext;
}

function contexts(run: ImportRun): Contexts {
  const config = configOf(run.project.label_config);
  const requiredKeys = requiredDataKeys(config);
  return {
    rows: {
      config,
      requiredKeys,
      importerId: run.importer.id,
      users: new UserResolver(run.db.kysely),
      now: nowIso(),
    },
    format: {
      singleDataKey() {
        if (requiredKeys.length === 1) return requiredKeys[0]!;
        throw new ImportInputError(
          `A plain-text import puts each line into the config's one data variable; this config has ${requiredKeys.length} (${requiredKeys.join(', ') || 'none'}). Import JSON or CSV instead.`,
        );
      },
    },
    write: {
      project: run.project,
      importerId: run.importer.id,
      ignoreSkipped: isIgnoreSkipped(run.project),
      jobId: run.jobId,
    },
  };
}

interface Scan {
  rows: number;
  valid: number;
  annotations: number;
  predictions: number;
  bad: Set<number>;
  errors: string[];
}

async function validatePass(run: ImportRun, ctx: Contexts): Promise<Scan> {
  const scan: Scan = {
    rows: 0,
    valid: 0,
    annotations: 0,
    predictions: 0,
    bad: new Set(),
    errors: [],
  };
  const fail = (index: number, messages: string[]) => {
    scan.bad.add(index);
    for (const m of messages)
      if (scan.errors.length < MAX_ERRORS) scan.errors.push(`Error at item ${index}: ${m}`);
  };
  for await (const item of readItems(run.source, ctx.format)) {
    const index = scan.rows++;
    if ('error' in item) fail(index, [item.error]);
    else {
      const prepared = await prepareItem(item.value, ctx.rows);
      if (Array.isArray(prepared)) fail(index, prepared);
      else {
        scan.valid++;
        scan.annotations += prepared.annotations.length;
        scan.predictions += prepared.predictions.length;
      }
    }
    if (scan.rows % HEARTBEAT_ROWS === 0)
      await run.onProgress?.({ ...emptyProgress('validate'), rowsDone: scan.rows });
  }
  return scan;
}

const emptyProgress = (phase: Progress['phase']): Progress => ({
  phase,
  rowsDone: 0,
  rowsTotal: null,
  taskCount: 0,
  annotationCount: 0,
  predictionCount: 0,
});

/** The good items again, in batches; `rows` counts the items (good or skipped) behind each. */
async function* batches(run: ImportRun, ctx: Contexts, bad: ReadonlySet<number>) {
  let index = -1;
  let tasks: PreparedTask[] = [];
  let rows = 0;
  for await (const item of readItems(run.source, ctx.format)) {
    index++;
    rows++;
    if (bad.has(index)) continue;
    // Same body, same checks: only a user deleted since pass 1 could make an item fail now.
    const prepared = 'error' in item ? [item.error] : await prepareItem(item.value, ctx.rows);
    if (Array.isArray(prepared))
      throw new ImportInputError(
        `Error at item ${index}: ${prepared[0]} (changed during the import)`,
      );
    tasks.push(prepared);
    if (tasks.length >= BATCH) {
      yield { tasks, rows };
      tasks = [];
      rows = 0;
    }
  }
  if (tasks.length || rows) yield { tasks, rows };
}

async function writePass(run: ImportRun, ctx: Contexts, scan: Scan): Promise<ImportOutcome> {
  const progress: Progress = { ...emptyProgress('write'), rowsTotal: scan.rows };
  const taskIds: number[] = [];
  const writeOne = async (trx: Q, tasks: PreparedTask[], rows: number) => {
    const out = tasks.length
      ? await writeBatch(trx, ctx.write, tasks)
      : { taskIds: [], annotations: 0, predictions: 0 };
    progress.rowsDone += rows;
    progress.taskCount += out.taskIds.length;
    progress.annotationCount += out.annotations;
    progress.predictionCount += out.predictions;
    if (run.options.returnTaskIds) taskIds.push(...out.taskIds);
    await run.onBatch?.(trx, progress);
  };
  if (run.jobId === null) {
    await run.db.kysely.transaction().execute(async (trx) => {
      for await (const b of batches(run, ctx, scan.bad)) await writeOne(trx, b.tasks, b.rows);
    });
  } else {
    for await (const b of batches(run, ctx, scan.bad)) {
      await run.db.kysely.transaction().execute((trx) => writeOne(trx, b.tasks, b.rows));
    }
  }
  return {
    rows: scan.rows,
    taskCount: progress.taskCount,
    annotationCount: progress.annotationCount,
    predictionCount: progress.predictionCount,
    taskIds,
    errors: scan.errors,
  };
}

/**
 * Run an import. Throws the contract's 400s: an unreadable body (`JSON parse error - …`),
 * no items (`load_tasks: No tasks added`), bad rows without `partial` (first 100 under
 * `non_field_errors`).
 */
export async function runImport(run: ImportRun): Promise<ImportOutcome> {
  try {
    const ctx = contexts(run);
    const scan = await validatePass(run, ctx);
    if (scan.rows === 0) throw nonFieldError('load_tasks: No tasks added');
    if (scan.errors.length && !run.options.partial)
      throw validationError({ [NON_FIELD_ERRORS]: scan.errors });
    if (!run.options.commit || scan.valid === 0) {
      return {
        rows: scan.rows,
        taskCount: scan.valid,
        annotationCount: scan.annotations,
        predictionCount: scan.predictions,
        taskIds: [],
        errors: scan.errors,
      };
    }
    return await writePass(run, ctx, scan);
  } catch (e) {
    if (e instanceof ImportInputError) throw badRequest(e.message);
    throw e;
  }
}
