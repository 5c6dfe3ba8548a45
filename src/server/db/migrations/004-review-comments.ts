import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../connect';

/**
 * Review and comments (api-contract.md §12).
 *
 * `annotations.review_status` is the review state the queues read: NULL = waiting for review,
 * else the outcome of the review in effect ('accepted', 'rejected', 'fixed'). A rejected
 * annotation is back with its author (the stream's rework queue) and does not count as finished.
 * Both queues are partial indexes: they hold only the rows a queue can return, so they stay
 * small however many annotations were reviewed, and cost nothing on rows outside them.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const s = db.schema;
  const id = (name: string) =>
    dialect === 'sqlite'
      ? s.createTable(name).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      : s.createTable(name).addColumn('id', 'serial', (c) => c.primaryKey());
  const cascade = (table: string) => (c: ColumnDefinitionBuilder) =>
    c.notNull().references(`${table}.id`).onDelete('cascade');
  // Users are deactivated, never deleted; should one be, their reviews and comments stay.
  const author = (c: ColumnDefinitionBuilder) => c.references('users.id').onDelete('set null');

  await s.alterTable('annotations').addColumn('review_status', 'text').execute();

  await id('reviews')
    .addColumn('annotation_id', 'integer', cascade('annotations'))
    .addColumn('task_id', 'integer', cascade('tasks'))
    .addColumn('project_id', 'integer', cascade('projects'))
    .addColumn('created_by', 'integer', author)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('accepted', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('fixed_annotation_id', 'integer', (c) =>
      c.references('annotations.id').onDelete('set null'),
    )
    .execute();
  await s
    .createIndex('reviews_annotation')
    .on('reviews')
    .columns(['annotation_id', 'id'])
    .execute();
  // Export reads reviews per batch of tasks; analytics per project over time.
  await s.createIndex('reviews_task').on('reviews').columns(['task_id', 'id']).execute();
  await s
    .createIndex('reviews_project_created')
    .on('reviews')
    .columns(['project_id', 'created_at'])
    .execute();
  // ON DELETE SET NULL of fixed_annotation_id looks rows up by it.
  await s.createIndex('reviews_fixed').on('reviews').column('fixed_annotation_id').execute();

  await id('comments')
    .addColumn('annotation_id', 'integer', cascade('annotations'))
    .addColumn('task_id', 'integer', cascade('tasks'))
    .addColumn('project_id', 'integer', cascade('projects'))
    .addColumn('created_by', 'integer', author)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('is_resolved', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resolved_at', 'text')
    .addColumn('region_ref', 'text')
    .execute();
  await s
    .createIndex('comments_annotation')
    .on('comments')
    .columns(['annotation_id', 'id'])
    .execute();
  await s.createIndex('comments_task').on('comments').columns(['task_id', 'id']).execute();
  await s.createIndex('comments_project').on('comments').columns(['project_id', 'id']).execute();

  // The review queue: submitted, unreviewed annotations of a project, oldest first.
  await sql`create index annotations_review_queue on annotations (project_id, created_at, id)
    where review_status is null and was_cancelled = 0`.execute(db);
  // The stream's rework queue: one user's rejected annotations in a project.
  await sql`create index annotations_rework on annotations (completed_by, project_id)
    where review_status = 'rejected'`.execute(db);
}
