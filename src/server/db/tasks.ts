import type { Selectable } from 'kysely';
import type { Dialect, Q } from './connect';
import type { TasksTable } from './schema';

export type TaskRow = Selectable<TasksTable>;

export const taskById = (db: Q, id: number) =>
  db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();

/** On PostgreSQL the row stays locked until commit, so concurrent writers on one task queue up. */
export const taskByIdForUpdate = (db: Q, id: number, dialect: Dialect) => {
  const q = db.selectFrom('tasks').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
};

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

export async function insertTasks(db: Q, tasks: NewTask[]): Promise<number[]> {
  if (tasks.length === 0) return [];
  const rows = await db.insertInto('tasks').values(tasks).returning('id').execute();
  return rows.map((r) => r.id);
}

export interface TaskPage {
  projectId: number;
  limit: number;
  offset?: number | undefined;
  afterId?: number | undefined;
}

export function listTaskRows(db: Q, page: TaskPage) {
  let q = db.selectFrom('tasks').selectAll().where('project_id', '=', page.projectId);
  if (page.afterId !== undefined) q = q.where('id', '>', page.afterId);
  q = q.orderBy('id').limit(page.limit);
  if (page.offset) q = q.offset(page.offset);
  return q.execute();
}
