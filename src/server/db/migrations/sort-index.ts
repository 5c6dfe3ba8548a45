import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect';

/**
 * `(project_id, [filter,] column, id)` for each task-table sort, so a page and its keyset
 * cursor are an index range scan (with an equality filter on `filter`, when given). Nullable columns sort NULLs first ascending on both databases (SQLite's
 * natural order); PostgreSQL's indexes say so explicitly so they serve the same ORDER BY.
 */
export async function createTaskSortIndexes(
  db: Kysely<unknown>,
  dialect: Dialect,
  columns: readonly (readonly [column: string, nullable: boolean, filter?: string])[],
): Promise<void> {
  for (const [column, nullable, filter] of columns) {
    const name = sql.id(filter ? `tasks_${filter}_sort_${column}` : `tasks_sort_${column}`);
    const col =
      nullable && dialect === 'postgres'
        ? sql`${sql.id(column)} nulls first`
        : sql`${sql.id(column)}`;
    const lead = filter ? sql`project_id, ${sql.id(filter)}` : sql`project_id`;
    await sql`create index ${name} on tasks (${lead}, ${col}, id)`.execute(db);
  }
}
