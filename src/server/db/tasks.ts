import type { Selectable } from 'kysely';
import type { Dialect, Q } from './connect';
import { read, write } from './prepared';
import type { TasksTable } from './schema';

export type TaskRow = Selectable<TasksTable>;

const byId = read<{ id: number }>()((q, p) =>
  q.selectFrom('tasks').selectAll().where('id', '=', p.id),
);
export const taskById = (db: Q, id: number) => byId.first(db, { id });

/** On PostgreSQL the row stays locked until commit, so concurrent writers on one task queue up. */
const byIdForUpdate = write<{ id: number }>()((q, p) =>
  q.selectFrom('tasks').selectAll().where('id', '=', p.id).forUpdate(),
);
// Inside a transaction on SQLite the whole database is already locked (BEGIN IMMEDIATE).
const byIdInTransaction = write<{ id: number }>()((q, p) =>
  q.selectFrom('tasks').selectAll().where('id', '=', p.id),
);
export const taskByIdForUpdate = (db: Q, id: number, dialect: Dialect) =>
  (dialect === 'postgres' ? byIdForUpdate : byIdInTransaction).first(db, { id });

/** Reserve `count` consecutive inner ids in the project (atomic in both dialects). */
export async function reserveInnerIds(db: Q, projectId: number, count: number): Promise<number> {
  const row = await db
    .updateTable('projects')
    .set((eb) => ({ next_inner_id: eb('next_inner_id', '+', count) }))
    .where('id', '=', projectId)
    .returning('next_inner_id')
    .executeTakeFirstOrThrow();
  return row.next_inner_id - count;
}

export interface NewTask {
  project_id: number;
  inner_id: number;
  data: string;
  meta: string;
  overlap: number;
  created_at: string;
  updated_at: string;
  file_upload?: string | null;
}

/** In batches: one statement for thousands of rows would pass the drivers' bound-parameter limits. */
export async function insertTasks(db: Q, tasks: NewTask[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < tasks.length; i += 500) {
    const rows = await db
      .insertInto('tasks')
      .values(tasks.slice(i, i + 500))
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}
