import type { Q } from './connect';
import { write } from './prepared';

const release = write<{ taskId: number; userId: number }>()((q, p) =>
  q.deleteFrom('task_locks').where('task_id', '=', p.taskId).where('user_id', '=', p.userId),
);

/** The caller's stream lock on a task ends with their annotation, skip or discard. */
export const releaseTaskLock = (db: Q, taskId: number, userId: number) =>
  release.all(db, { taskId, userId });
