import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../connect';

type Table = CreateTableBuilder<string, never>;
type Col = (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
const notNull: Col = (c) => c.notNull();
const zero: Col = (c) => c.notNull().defaultTo(0);

/** Integer id that is never reused (AUTOINCREMENT on SQLite, serial on PostgreSQL). */
function withId(t: Table, dialect: Dialect): Table {
  return dialect === 'sqlite'
    ? t.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    : t.addColumn('id', 'serial', (c) => c.primaryKey());
}

/** Floats: REAL on SQLite, double precision on PostgreSQL (both come back as JS numbers). */
const float = (dialect: Dialect) => (dialect === 'sqlite' ? 'real' : 'double precision');

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const s = db.schema;
  const fk = (table: string) => (c: ColumnDefinitionBuilder) =>
    c.notNull().references(`${table}.id`).onDelete('cascade');

  await withId(s.createTable('users'), dialect)
    .addColumn('email', 'text', notNull)
    .addColumn('username', 'text', notNull)
    .addColumn('first_name', 'text', notNull)
    .addColumn('last_name', 'text', notNull)
    .addColumn('role', 'text', notNull)
    .addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('password_hash', 'text', notNull)
    .addColumn('api_token', 'text', notNull)
    .addColumn('avatar', 'text')
    .addColumn('last_activity', 'text')
    .addColumn('date_joined', 'text', notNull)
    .execute();
  await s.createIndex('users_email').unique().on('users').column('email').execute();
  await s.createIndex('users_api_token').unique().on('users').column('api_token').execute();

  await s
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', fk('users'))
    .addColumn('csrf_token', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .addColumn('expires_at', 'text', notNull)
    .execute();
  await s.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await withId(s.createTable('access_tokens'), dialect)
    .addColumn('user_id', 'integer', fk('users'))
    .addColumn('token_hash', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .execute();
  await s
    .createIndex('access_tokens_hash')
    .unique()
    .on('access_tokens')
    .column('token_hash')
    .execute();

  await withId(s.createTable('login_failures'), dialect)
    .addColumn('email', 'text', notNull)
    .addColumn('ip', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .execute();
  await s
    .createIndex('login_failures_email')
    .on('login_failures')
    .columns(['email', 'created_at'])
    .execute();
  await s
    .createIndex('login_failures_ip')
    .on('login_failures')
    .columns(['ip', 'created_at'])
    .execute();

  await s
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', notNull)
    .execute();

  await withId(s.createTable('projects'), dialect)
    .addColumn('title', 'text', notNull)
    .addColumn('description', 'text', notNull)
    .addColumn('label_config', 'text', notNull)
    .addColumn('expert_instruction', 'text', notNull)
    .addColumn('show_instruction', 'integer', notNull)
    .addColumn('show_skip_button', 'integer', notNull)
    .addColumn('enable_empty_annotation', 'integer', notNull)
    .addColumn('show_annotation_history', 'integer', notNull)
    .addColumn('show_collab_predictions', 'integer', notNull)
    .addColumn('maximum_annotations', 'integer', notNull)
    .addColumn('sampling', 'text', notNull)
    .addColumn('show_ground_truth_first', 'integer', notNull)
    .addColumn('show_overlap_first', 'integer', notNull)
    .addColumn('skip_queue', 'text', notNull)
    .addColumn('lock_ttl', 'integer', notNull)
    .addColumn('color', 'text', notNull)
    .addColumn('model_version', 'text', notNull)
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull)
    .addColumn('pinned_at', 'text')
    .addColumn('next_inner_id', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('task_number', 'integer', zero)
    .addColumn('finished_task_number', 'integer', zero)
    .addColumn('total_annotations_number', 'integer', zero)
    .addColumn('skipped_annotations_number', 'integer', zero)
    .addColumn('ground_truth_number', 'integer', zero)
    .addColumn('useful_annotation_number', 'integer', zero)
    .addColumn('num_tasks_with_annotations', 'integer', zero)
    .addColumn('total_predictions_number', 'integer', zero)
    .execute();
  await s
    .createIndex('projects_order')
    .on('projects')
    .columns(['pinned_at', 'created_at'])
    .execute();

  await s
    .createTable('project_members')
    .addColumn('project_id', 'integer', fk('projects'))
    .addColumn('user_id', 'integer', fk('users'))
    .addPrimaryKeyConstraint('project_members_pk', ['project_id', 'user_id'])
    .execute();
  await s.createIndex('project_members_user').on('project_members').column('user_id').execute();

  await withId(s.createTable('tasks'), dialect)
    .addColumn('project_id', 'integer', fk('projects'))
    .addColumn('inner_id', 'integer', notNull)
    .addColumn('data', 'text', notNull)
    .addColumn('meta', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull)
    .addColumn('is_labeled', 'integer', zero)
    .addColumn('overlap', 'integer', notNull)
    .addColumn('total_annotations', 'integer', zero)
    .addColumn('cancelled_annotations', 'integer', zero)
    .addColumn('finished_annotations', 'integer', zero)
    .addColumn('useful_annotations', 'integer', zero)
    .addColumn('ground_truth_annotations', 'integer', zero)
    .addColumn('total_predictions', 'integer', zero)
    .addColumn('comment_count', 'integer', zero)
    .addColumn('unresolved_comment_count', 'integer', zero)
    .addColumn('last_comment_updated_at', 'text')
    .addColumn('comment_authors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('file_upload', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('avg_lead_time', float(dialect))
    .execute();
  await s
    .createIndex('tasks_project_inner')
    .unique()
    .on('tasks')
    .columns(['project_id', 'inner_id'])
    .execute();
  await s.createIndex('tasks_project_id').on('tasks').columns(['project_id', 'id']).execute();
  await s
    .createIndex('tasks_project_stream')
    .on('tasks')
    .columns(['project_id', 'is_labeled', 'inner_id'])
    .execute();

  await withId(s.createTable('annotations'), dialect)
    .addColumn('task_id', 'integer', fk('tasks'))
    .addColumn('project_id', 'integer', fk('projects'))
    .addColumn('result', 'text')
    .addColumn('completed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('unique_id', 'text', notNull)
    .addColumn('was_cancelled', 'integer', zero)
    .addColumn('ground_truth', 'integer', zero)
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull)
    .addColumn('draft_created_at', 'text')
    .addColumn('lead_time', float(dialect))
    .addColumn('import_id', 'integer')
    .addColumn('last_action', 'text')
    .addColumn('bulk_created', 'integer', zero)
    .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('parent_prediction', 'integer')
    .addColumn('parent_annotation', 'integer')
    .addColumn('last_created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await s
    .createIndex('annotations_unique_id')
    .unique()
    .on('annotations')
    .column('unique_id')
    .execute();
  await s.createIndex('annotations_task').on('annotations').columns(['task_id', 'id']).execute();
  await s
    .createIndex('annotations_project')
    .on('annotations')
    .columns(['project_id', 'id'])
    .execute();
  await s
    .createIndex('annotations_user_task')
    .on('annotations')
    .columns(['completed_by', 'task_id'])
    .execute();

  await withId(s.createTable('drafts'), dialect)
    .addColumn('task_id', 'integer', fk('tasks'))
    .addColumn('project_id', 'integer', fk('projects'))
    .addColumn('user_id', 'integer', fk('users'))
    .addColumn('annotation_id', 'integer', (c) =>
      c.references('annotations.id').onDelete('cascade'),
    )
    .addColumn('annotation_key', 'integer', notNull)
    .addColumn('result', 'text')
    .addColumn('lead_time', float(dialect))
    .addColumn('was_postponed', 'integer', zero)
    .addColumn('import_id', 'integer')
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull)
    .execute();
  await s
    .createIndex('drafts_one_per_user')
    .unique()
    .on('drafts')
    .columns(['task_id', 'user_id', 'annotation_key'])
    .execute();
  await s.createIndex('drafts_annotation').on('drafts').column('annotation_id').execute();
  await s.createIndex('drafts_project').on('drafts').column('project_id').execute();

  await withId(s.createTable('predictions'), dialect)
    .addColumn('task_id', 'integer', fk('tasks'))
    .addColumn('project_id', 'integer', fk('projects'))
    .addColumn('result', 'text', notNull)
    .addColumn('model_version', 'text', notNull)
    .addColumn('score', float(dialect))
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull)
    .execute();
  await s.createIndex('predictions_task').on('predictions').columns(['task_id', 'id']).execute();
  await s
    .createIndex('predictions_project')
    .on('predictions')
    .columns(['project_id', 'id'])
    .execute();

  await s
    .createTable('task_locks')
    .addColumn('task_id', 'integer', fk('tasks'))
    .addColumn('user_id', 'integer', fk('users'))
    .addColumn('project_id', 'integer', fk('projects'))
    .addColumn('unique_lock_id', 'text', notNull)
    .addColumn('expires_at', 'text', notNull)
    .addPrimaryKeyConstraint('task_locks_pk', ['task_id', 'user_id'])
    .execute();
  await s
    .createIndex('task_locks_user')
    .on('task_locks')
    .columns(['user_id', 'project_id'])
    .execute();
  await s
    .createIndex('task_locks_expiry')
    .on('task_locks')
    .columns(['project_id', 'expires_at'])
    .execute();
}
