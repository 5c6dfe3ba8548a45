import type { Kysely } from 'kysely';

/**
 * The dashboard reads a project's annotations created in a date range (db/dashboard.ts): with
 * this index that is a range scan, not a pass over every annotation the project ever had.
 * The review queue's index on the same columns is partial (unreviewed, submitted only).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('annotations_project_created')
    .on('annotations')
    .columns(['project_id', 'created_at'])
    .execute();
}
