import type { Kysely } from 'kysely';
import type { Dialect } from '../connect';

/**
 * Import jobs (api-contract.md §7, large imports): the job is a row so any replica can report
 * it. `tasks.import_job_id` marks the tasks a background import wrote, so a job that fails
 * after some batches were committed can delete exactly what it added.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const s = db.schema;
  const table =
    dialect === 'sqlite'
      ? s
          .createTable('import_jobs')
          .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      : s.createTable('import_jobs').addColumn('id', 'serial', (c) => c.primaryKey());
  await table
    .addColumn('project_id', 'integer', (c) =>
      c.notNull().references('projects.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('rows_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_total', 'integer')
    .addColumn('task_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('annotation_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('prediction_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('errors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    // Heartbeat: a running job whose process died stops moving this, so readers can tell.
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await s
    .createIndex('import_jobs_project')
    .on('import_jobs')
    .columns(['project_id', 'id'])
    .execute();
  // No index: a rollback finds its tasks through tasks_project_id (project_id, id) and filters.
  await s.alterTable('tasks').addColumn('import_job_id', 'integer').execute();
}
