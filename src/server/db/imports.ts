import type { Generated, Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { ImportJobStatus } from '../../shared/api/imports';
import type { Q } from './connect';
import type { Database, DraftsTable, PredictionsTable } from './schema';

/**
 * Import jobs and the bulk inserts of an import. The table and the `tasks.import_job_id`
 * column come from migration 002; they are typed here (Kysely's `withTables`) so that the
 * shared schema module stays as it is.
 */
export interface ImportJobsTable {
  id: Generated<number>;
  project_id: number;
  user_id: number | null;
  status: ImportJobStatus;
  /** JSON: the query options the job runs with. */
  options: string;
  rows_done: number;
  rows_total: number | null;
  task_count: number;
  annotation_count: number;
  prediction_count: number;
  /** JSON list of messages (first 100). */
  errors: string;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}
export type ImportJobRow = Selectable<ImportJobsTable>;

type ImportTables = {
  import_jobs: ImportJobsTable;
  tasks: { import_job_id: number | null };
};
const withImports = (q: Q) => (q as Kysely<Database>).withTables<ImportTables>();

export async function insertJob(db: Q, row: Insertable<ImportJobsTable>): Promise<number> {
  const { id } = await withImports(db)
    .insertInto('import_jobs')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export const jobById = (db: Q, projectId: number, id: number) =>
  withImports(db)
    .selectFrom('import_jobs')
    .selectAll()
    .where('id', '=', id)
    .where('project_id', '=', projectId)
    .executeTakeFirst();

export const updateJob = (db: Q, id: number, patch: Updateable<ImportJobsTable>) =>
  withImports(db).updateTable('import_jobs').set(patch).where('id', '=', id).execute();

/**
 * Jobs whose process stopped (crash, restart) stop beating: mark the ones that have not beaten
 * since `before` failed, and return them so their committed batches can be taken back in the
 * same transaction. A background import beats at least every few seconds while it works.
 */
export const failStaleJobs = (db: Q, before: string, now: string, projectId?: number) => {
  let q = withImports(db)
    .updateTable('import_jobs')
    .set({
      status: 'failed',
      finished_at: now,
      updated_at: now,
      task_count: 0,
      annotation_count: 0,
      prediction_count: 0,
      errors: JSON.stringify([
        'The import was interrupted (the server stopped); nothing was kept.',
      ]),
    })
    .where('status', 'in', ['queued', 'running'])
    .where('updated_at', '<', before);
  if (projectId !== undefined) q = q.where('project_id', '=', projectId);
  return q.returning(['id', 'project_id']).execute();
};

export interface ImportedTask {
  project_id: number;
  inner_id: number;
  data: string;
  meta: string;
  overlap: number;
  created_at: string;
  updated_at: string;
  import_job_id: number | null;
}

/** Inserts keep to ≤ 500 rows: both drivers' bound-parameter limits stay far away. */
const CHUNK = 500;

export async function insertImportedTasks(db: Q, rows: ImportedTask[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const inserted = await withImports(db)
      .insertInto('tasks')
      .values(rows.slice(i, i + CHUNK))
      .returning('id')
      .execute();
    for (const r of inserted) ids.push(r.id);
  }
  return ids;
}

export async function insertPredictionRows(db: Q, rows: Insertable<PredictionsTable>[]) {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('predictions')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

export async function insertDraftRows(db: Q, rows: Insertable<DraftsTable>[]) {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto('drafts')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

/** Undo a background import: its tasks go, and with them (cascade) everything attached. */
export const deleteJobTasks = (db: Q, projectId: number, jobId: number) =>
  withImports(db)
    .deleteFrom('tasks')
    .where('project_id', '=', projectId)
    .where('import_job_id', '=', jobId)
    .execute();
