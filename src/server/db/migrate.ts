import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './connect';
import * as initial from './migrations/001-initial';
import * as importJobs from './migrations/002-import-jobs';
import * as stream from './migrations/003-stream';
import * as reviewComments from './migrations/004-review-comments';
import * as taskTableSorts from './migrations/005-task-table-sorts';
import * as dashboard from './migrations/006-dashboard';

/** Migrations in order; each `up` gets the dialect so column types can differ where they must. */
const MIGRATIONS = {
  '001-initial': initial,
  '002-import-jobs': importJobs,
  '003-stream': stream,
  '004-review-comments': reviewComments,
  '005-task-table-sorts': taskTableSorts,
  '006-dashboard': dashboard,
};

export async function migrate(db: Db): Promise<void> {
  const provider: MigrationProvider = {
    getMigrations: async () =>
      Object.fromEntries(
        Object.entries(MIGRATIONS).map(([name, m]): [string, Migration] => [
          name,
          { up: (k) => m.up(k, db.dialect) },
        ]),
      ),
  };
  const { error, results } = await new Migrator({
    db: db.kysely,
    provider,
    migrationTableName: 'margin_migrations',
    migrationLockTableName: 'margin_migrations_lock',
  }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${String(error)}`);
  }
}
