import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect';

/**
 * `(project_id, column, id)` for each task-table sort, so a page and its keyset cursor are an
 * index range scan. Nullable columns sort NULLs first ascending on both databases (SQLite's
 * natural order); PostgreSQL's indexes say so explicitly so they serve the same ORDER BY.
 */
export async function createTaskSortIndexes(
  db: Kysely<unknown>,
  dialect: Dialect,
  columns: readonly (readonly [column: string, nullable: boolean])[],
): Promise<void> {
  for (const [column, nullable] of columns) {
    const name = sql.id(`tasks_sort_${column}`);
    const col =
      nullable && dialect === 'postgres'
        ? sql`${sql.id(column)} nulls first`
        : sql`${sql.id(column)}`;
    await sql`create index ${name} on tasks (project_id, ${col}, id)`.execute(db);
  }
}
