import { can, type Permission } from '../shared/api/permissions';
import type { Role } from '../shared/api/users';
import type { Dialect, Q } from './db/connect';
import { isVisibleTo, projectById, type ProjectRow } from './db/projects';
import { taskById, taskByIdForUpdate, type TaskRow } from './db/tasks';
import type { UserRow } from './db/users';
import { forbidden, notFound } from './errors';

export const allowed = (user: UserRow, permission: Permission) =>
  can(user.role as Role, permission);

export function requirePermission(user: UserRow, permission: Permission): void {
  if (!allowed(user, permission)) throw forbidden();
}

/** The project if the caller may see it; a hidden project is a 404, like a missing one. */
export async function visibleProject(db: Q, user: UserRow, id: number): Promise<ProjectRow> {
  const project = await projectById(db, id);
  if (!project) throw notFound('Project');
  if (!allowed(user, 'projects.manage') && !(await isVisibleTo(db, id, user.id)))
    throw notFound('Project');
  return project;
}

/**
 * A task the caller may see, without loading its project: read paths need only the
 * membership check (and admins not even that).
 */
export async function visibleTaskOnly(db: Q, user: UserRow, id: number): Promise<TaskRow> {
  const task = await taskById(db, id);
  if (!task) throw notFound('Task');
  if (!allowed(user, 'projects.manage') && !(await isVisibleTo(db, task.project_id, user.id))) {
    throw notFound('Task');
  }
  return task;
}

/** A task and its project if the caller may see the project; otherwise 404. */
export async function visibleTask(
  db: Q,
  user: UserRow,
  id: number,
): Promise<{ task: TaskRow; project: ProjectRow }> {
  const task = await taskById(db, id);
  if (!task) throw notFound('Task');
  const project = await visibleProject(db, user, task.project_id).catch(() => {
    throw notFound('Task');
  });
  return { task, project };
}

/**
 * For writes, inside their transaction: the task (locked on PostgreSQL until commit) and its
 * project, if the caller may see them; otherwise 404.
 */
export async function visibleTaskForWrite(
  trx: Q,
  dialect: Dialect,
  user: UserRow,
  id: number,
): Promise<{ task: TaskRow; project: ProjectRow }> {
  const task = await taskByIdForUpdate(trx, id, dialect);
  if (!task) throw notFound('Task');
  const project = await visibleProject(trx, user, task.project_id).catch(() => {
    throw notFound('Task');
  });
  return { task, project };
}
