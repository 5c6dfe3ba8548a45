import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { QueueName } from '../../../shared/api/stream';
import type { Db, Trx } from '../../db/connect';
import { read, write } from '../../db/prepared';
import { projectById, type ProjectRow } from '../../db/projects';
import { taskByIdForUpdate, type TaskRow } from '../../db/tasks';
import { isoPlus, nowIso } from '../../db/time';
import type { UserRow } from '../../db/users';
import { ApiError, notFound } from '../../errors';
import { candidateQuery, type PickParams, type Variant } from './picker';

export interface Picked {
  task: TaskRow;
  lockId: string;
  queue: QueueName;
  /** The caller's rejected annotation on the task is what they are to work on. */
  rework: boolean;
}

type LockParams = { projectId: number; userId: number; now: string; excludeId: number };

/**
 * The caller's live lock to hand back, soonest expiry first: with a prefetched task also
 * locked, the one being worked on was picked (or re-extended) before it, so a reload returns to
 * the task on screen rather than the prefetched one.
 */
const liveLockOf = write<LockParams>()((q, p) =>
  q
    .selectFrom('task_locks')
    .select(['task_id', 'unique_lock_id'])
    .where('user_id', '=', p.userId)
    .where('project_id', '=', p.projectId)
    .where('task_id', '<>', p.excludeId)
    .where('expires_at', '>', p.now)
    .orderBy('expires_at', 'asc')
    .limit(1),
);

const extendLock = write<{ taskId: number; userId: number; expiresAt: string }>()((q, p) =>
  q
    .updateTable('task_locks')
    .set({ expires_at: p.expiresAt })
    .where('task_id', '=', p.taskId)
    .where('user_id', '=', p.userId),
);

const dropUserLocks = write<{ projectId: number; userId: number; excludeId: number }>()((q, p) =>
  q
    .deleteFrom('task_locks')
    .where('user_id', '=', p.userId)
    .where('project_id', '=', p.projectId)
    .where('task_id', '<>', p.excludeId),
);

const insertLock = write<{
  taskId: number;
  userId: number;
  projectId: number;
  lockId: string;
  expiresAt: string;
}>()((q, p) =>
  q.insertInto('task_locks').values({
    task_id: p.taskId,
    user_id: p.userId,
    project_id: p.projectId,
    unique_lock_id: p.lockId,
    expires_at: p.expiresAt,
  }),
);

/** A PostgreSQL pick retries when the row it locked was taken just before; this never loops long. */
const MAX_ATTEMPTS = 25;

/**
 * One pick: on SQLite the whole transaction already holds the write lock (BEGIN IMMEDIATE), so
 * the first candidate is the answer. On PostgreSQL the candidate row is locked with
 * `FOR UPDATE SKIP LOCKED` and then re-checked by a second statement: in READ COMMITTED that
 * statement sees every lock committed before the row lock was granted, and every lock insert
 * happens under that same row lock, so two transactions can never both pass the check while
 * the task is full. Proof sketch: a lock on task T is inserted only by a transaction holding
 * T's row lock; whoever gets T's row lock next re-reads after the holder committed.
 */
async function pick(trx: Trx, db: Db, v: Variant, p: PickParams) {
  if (db.dialect === 'sqlite') return candidateQuery(v).first(trx, p);
  const recheck = candidateQuery({ walk: 'one', mine: v.mine });
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const t = await candidateQuery({ ...v, lock: true }).first(trx, p);
    if (!t) return undefined;
    const still = await recheck.first(trx, { ...p, taskId: t.id });
    if (still) return still;
  }
  throw new ApiError(503, 'The stream is busy, please try again.', {}, { 'retry-after': '1' });
}

/** Uniform sampling: a random starting inner_id, wrapping round to the start of the project. */
async function pickUniform(trx: Trx, db: Db, v: Variant, p: PickParams, nextInnerId: number) {
  const start = 1 + Math.floor(Math.random() * Math.max(1, nextInnerId - 1));
  const q = { ...p, start };
  return (
    (await pick(trx, db, { ...v, range: 'from' }, q)) ??
    (await pick(trx, db, { ...v, range: 'before' }, q))
  );
}

type Stage = (
  trx: Trx,
  p: PickParams,
) => Promise<{ task: TaskRow; queue: QueueName; rework?: boolean } | null>;

/** The queues in the order the project's settings ask for (api-contract.md §4, §11). */
function stagesOf(db: Db, project: ProjectRow): Stage[] {
  const mine = project.skip_queue === 'REQUEUE_FOR_ME' ? 'done' : 'any';
  const uniform = project.sampling === 'Uniform sampling';
  const sampled: QueueName = uniform ? 'Uniform queue' : 'Sequential queue';
  const found = (queue: QueueName) => (task: TaskRow | undefined) =>
    task ? { task, queue } : null;
  // Rejected work comes back to its author before anything new (api-contract.md §12).
  const stages: Stage[] = [
    async (trx, p) => {
      const task = await candidateQuery({ walk: 'rework', mine: 'any' }).first(trx, p);
      return task ? { task, queue: 'Rework queue', rework: true } : null;
    },
  ];

  if (project.show_ground_truth_first) {
    stages.push(async (trx, p) =>
      found('Ground truth queue')(await pick(trx, db, { walk: 'ground_truth', mine: 'any' }, p)),
    );
  }
  if (project.maximum_annotations > 1 && !uniform) {
    // Most finished annotations first; when none has any, that is the sequential order.
    stages.push(async (trx, p) => {
      const task = await pick(trx, db, { walk: 'breadth', mine: 'any' }, p);
      return task
        ? { task, queue: task.finished_annotations > 0 ? 'Breadth first queue' : sampled }
        : null;
    });
  } else if (project.maximum_annotations > 1) {
    // Find the fullest group without locking, then sample inside it.
    stages.push(async (trx, p) => {
      const probe = await candidateQuery({ walk: 'breadth', mine: 'any' }).first(trx, p);
      if (!probe) return null;
      if (probe.finished_annotations > 0) {
        const v: Variant = { walk: 'sequential', mine: 'any', sameFinished: true };
        const task = await pickUniform(
          trx,
          db,
          v,
          { ...p, finished: probe.finished_annotations },
          project.next_inner_id,
        );
        if (task) return { task, queue: 'Breadth first queue' };
      }
      return found(sampled)(
        await pickUniform(trx, db, { walk: 'sequential', mine: 'any' }, p, project.next_inner_id),
      );
    });
  } else {
    stages.push(async (trx, p) =>
      found(sampled)(
        uniform
          ? await pickUniform(
              trx,
              db,
              { walk: 'sequential', mine: 'any' },
              p,
              project.next_inner_id,
            )
          : await pick(trx, db, { walk: 'sequential', mine: 'any' }, p),
      ),
    );
  }
  if (mine === 'done') {
    stages.push(async (trx, p) =>
      found('Skipped queue')(await pick(trx, db, { walk: 'skipped', mine: 'done' }, p)),
    );
  }
  return stages;
}

/**
 * `GET /api/projects/{id}/next` in one transaction: the caller's live lock if they hold one,
 * else the first queue that yields a task, which is then locked for `lock_ttl` seconds.
 * Expired locks count for nothing (every check compares `expires_at` with now); the caller's
 * own stale locks in the project are deleted here, so each user holds at most one per project —
 * two with `exclude` [Margin]: the editor prefetches the next task while the excluded one, still
 * locked, is on screen.
 */
export async function nextTask(
  db: Db,
  projectId: number,
  user: UserRow,
  excludeId = 0,
): Promise<Picked | null> {
  return db.kysely.transaction().execute(async (trx) => {
    if (db.dialect === 'postgres') {
      // One pick at a time per user and project: parallel calls by one user get one task.
      await sql`select pg_advisory_xact_lock(${projectId}::int, ${user.id}::int)`.execute(trx);
    }
    // Settings as of now: a PATCH applies to the very next request.
    const project = await projectById(trx, projectId);
    if (!project) throw notFound('Project');
    const now = nowIso();
    const expiresAt = isoPlus(project.lock_ttl);
    const mine = project.skip_queue === 'REQUEUE_FOR_ME' ? 'done' : 'any';
    const p: PickParams = {
      projectId,
      userId: user.id,
      now,
      start: 0,
      finished: 0,
      taskId: 0,
      excludeId,
    };

    const held = await liveLockOf.first(trx, p);
    if (held) {
      // The row lock orders this against a pick by someone else who saw the lock expire.
      if (db.dialect === 'postgres') await taskByIdForUpdate(trx, held.task_id, 'postgres');
      const q = { ...p, taskId: held.task_id };
      const open = await candidateQuery({ walk: 'one', mine }).first(trx, q);
      // Not open to the caller any more: a task held for their rework still is theirs.
      const rework = open
        ? undefined
        : await candidateQuery({ walk: 'rework_one', mine: 'any' }).first(trx, q);
      const task = open ?? rework;
      if (task) {
        await extendLock.all(trx, { taskId: task.id, userId: user.id, expiresAt });
        return { task, lockId: held.unique_lock_id, queue: 'Task lock', rework: !open };
      }
    }
    await dropUserLocks.all(trx, p);
    for (const stage of stagesOf(db, project)) {
      const found = await stage(trx, p);
      if (!found) continue;
      const lockId = randomUUID();
      await insertLock.all(trx, {
        taskId: found.task.id,
        userId: user.id,
        projectId,
        lockId,
        expiresAt,
      });
      return { task: found.task, queue: found.queue, rework: found.rework ?? false, lockId };
    }
    return null;
  });
}

const dropTaskLock = write<{ projectId: number; userId: number; taskId: number }>()((q, p) =>
  q
    .deleteFrom('task_locks')
    .where('user_id', '=', p.userId)
    .where('project_id', '=', p.projectId)
    .where('task_id', '=', p.taskId),
);

/** `DELETE /api/projects/{id}/next`: the caller gives back their lock (on one task, or all). */
export async function releaseLocks(
  db: Db,
  projectId: number,
  userId: number,
  taskId?: number,
): Promise<void> {
  if (taskId === undefined) await dropUserLocks.all(db.kysely, { projectId, userId, excludeId: 0 });
  else await dropTaskLock.all(db.kysely, { projectId, userId, taskId });
}

const history = read<{ projectId: number; userId: number }>()((q, p) =>
  q
    .selectFrom('annotations')
    .select(['task_id', 'id as annotation_id'])
    .where('completed_by', '=', p.userId)
    .where('project_id', '=', p.projectId)
    .orderBy('id', 'desc')
    .limit(100),
);

/** The caller's last 100 annotations and skips in the project, newest first (Back button). */
export const streamHistory = (db: Db, projectId: number, userId: number) =>
  history.all(db.kysely, { projectId, userId });
