import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextTask, StreamHistory } from '../../../shared/api/stream';
import {
  annotate,
  createProject,
  createTask,
  createTasks,
  exact,
  expectError,
  expectStatus,
  httpJson,
  sentimentResult,
  skip,
  startTestServer,
  withHttp,
  type TestServer,
  type TestUser,
} from '../../../../test/setup/api-helpers';

let s: TestServer;
let a1: TestUser;
let a2: TestUser;
let a3: TestUser;
beforeAll(async () => {
  s = await startTestServer();
  a1 = await s.makeUser('annotator');
  a2 = await s.makeUser('annotator');
  a3 = await s.makeUser('annotator');
});
afterAll(async () => s.close());

async function next(project: number, as: TestUser): Promise<NextTask> {
  const res = expectStatus(await s.request('GET', `/api/projects/${project}/next`, { as }), 200);
  return exact(NextTask, res.body);
}
const nextId = async (project: number, as: TestUser) => (await next(project, as)).id;
const expectEmpty = async (project: number, as: TestUser) =>
  expectError(
    await s.request('GET', `/api/projects/${project}/next/`, { as }),
    404,
    `There are no tasks for ${as.user.email}`,
  );
const patchProject = async (id: number, body: Record<string, unknown>) =>
  expectStatus(await s.request('PATCH', `/api/projects/${id}`, { body }), 200);
const give = async (project: number, as: TestUser, query = '', body?: unknown) =>
  expectStatus(
    await s.request('DELETE', `/api/projects/${project}/next${query}`, {
      as,
      ...(body !== undefined ? { body } : {}),
    }),
    204,
  );
const locks = (project: number) =>
  s.db.kysely
    .selectFrom('task_locks')
    .select(['task_id', 'user_id', 'expires_at'])
    .where('project_id', '=', project)
    .orderBy('task_id')
    .execute();
const expireLocks = (project: number) =>
  s.db.kysely
    .updateTable('task_locks')
    .set({ expires_at: '2000-01-01T00:00:00.000000Z' })
    .where('project_id', '=', project)
    .execute();

describe('GET /api/projects/{id}/next', () => {
  it('answers the task detail with no annotations, predictions, drafts, lock id and queue', async () => {
    const p = await createProject(s);
    const [t] = await createTasks(s, p.id, 1);
    await annotate(s, t!.id, { result: sentimentResult(), ground_truth: false }).catch(() => {});
    // Task with an admin annotation and overlap 1 is labeled: a fresh one instead.
    const t2 = await createTask(s, p.id);
    expectStatus(
      await s.request('POST', '/api/predictions', {
        body: { task: t2.id, result: sentimentResult('Negative'), model_version: 'v1' },
      }),
      201,
    );
    expectStatus(
      await s.request('POST', `/api/tasks/${t2.id}/drafts`, {
        as: a1,
        body: { result: sentimentResult('Neutral') },
      }),
      201,
    );
    const n = await next(p.id, a1);
    expect(n.id).toBe(t2.id);
    expect(n.annotations).toEqual([]);
    expect(n.predictions).toHaveLength(1);
    expect(n.drafts).toHaveLength(1);
    expect(n.drafts[0]!.user).toBe(a1.user.email);
    expect(n.unique_lock_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(n.queue).toBe('Sequential queue');
    // a2 has no drafts on it, and a1 holds the task: a2 gets nothing.
    await expectEmpty(p.id, a2);
  });

  it('is a 404 on a project without tasks, and on a project the caller cannot see', async () => {
    const p = await createProject(s);
    await expectEmpty(p.id, a1);
    expectError(await s.request('GET', '/api/projects/999999/next', { as: a1 }), 404);
    expectError(await s.request('GET', `/api/projects/${p.id}/next`, { as: null }), 401);
  });

  it('walks tasks in inner_id order, one lock per caller, skipping what others hold', async () => {
    const p = await createProject(s);
    const ts = await createTasks(s, p.id, 4);
    const first = await next(p.id, a1);
    expect(first.id).toBe(ts[0]!.id);
    expect(await nextId(p.id, a2)).toBe(ts[1]!.id);
    expect(await nextId(p.id, a3)).toBe(ts[2]!.id);
    // The lock is returned again, with the same lock id.
    const again = await next(p.id, a1);
    expect(again.id).toBe(ts[0]!.id);
    expect(again.unique_lock_id).toBe(first.unique_lock_id);
    expect(again.queue).toBe('Task lock');
    expect((await locks(p.id)).map((l) => [l.task_id, l.user_id])).toEqual([
      [ts[0]!.id, a1.user.id],
      [ts[1]!.id, a2.user.id],
      [ts[2]!.id, a3.user.id],
    ]);
    // Annotating releases the lock and moves a1 on.
    await annotate(s, ts[0]!.id, undefined, { as: a1 });
    expect((await locks(p.id)).map((l) => l.user_id)).toEqual([a2.user.id, a3.user.id]);
    expect(await nextId(p.id, a1)).toBe(ts[3]!.id);
    await annotate(s, ts[3]!.id, undefined, { as: a1 });
    await expectEmpty(p.id, a1);
  });

  it('prefetches with ?exclude=: the task on screen stays locked and comes back first', async () => {
    const p = await createProject(s);
    const ts = await createTasks(s, p.id, 3);
    const prefetch = async (exclude: number) =>
      exact(
        NextTask,
        expectStatus(
          await s.request('GET', `/api/projects/${p.id}/next?exclude=${exclude}`, { as: a1 }),
          200,
        ).body,
      );
    expect(await nextId(p.id, a1)).toBe(ts[0]!.id);
    const ahead = await prefetch(ts[0]!.id);
    expect(ahead.id).toBe(ts[1]!.id);
    // Both held; nobody else gets either.
    expect((await locks(p.id)).map((l) => l.task_id)).toEqual([ts[0]!.id, ts[1]!.id]);
    expect(await nextId(p.id, a2)).toBe(ts[2]!.id);
    // A reload (plain next) returns to the task on screen; prefetching again is stable.
    expect(await nextId(p.id, a1)).toBe(ts[0]!.id);
    expect((await prefetch(ts[0]!.id)).id).toBe(ts[1]!.id);
    expect(await nextId(p.id, a1)).toBe(ts[0]!.id);
    // Submitting the first moves the annotator to the prefetched one.
    await annotate(s, ts[0]!.id, undefined, { as: a1 });
    const after = await next(p.id, a1);
    expect([after.id, after.queue]).toEqual([ts[1]!.id, 'Task lock']);
    // a2 holds the last task: nothing to prefetch is an empty 204 (a plain next would be 404).
    const none = await s.request('GET', `/api/projects/${p.id}/next?exclude=${ts[1]!.id}`, {
      as: a1,
    });
    expect([expectStatus(none, 204).text, await nextId(p.id, a1)]).toEqual(['', ts[1]!.id]);
    await expectError(
      await s.request('GET', `/api/projects/${p.id}/next?exclude=abc`, { as: a1 }),
      400,
    );
  });

  it('gives a lock back with DELETE next (all, by body, by query)', async () => {
    const p = await createProject(s);
    const ts = await createTasks(s, p.id, 2);
    expect(await nextId(p.id, a1)).toBe(ts[0]!.id);
    await give(p.id, a1);
    expect(await locks(p.id)).toEqual([]);
    expect(await nextId(p.id, a2)).toBe(ts[0]!.id);
    expect(await nextId(p.id, a1)).toBe(ts[1]!.id);
    await give(p.id, a1, '', { task: ts[0]!.id }); // not a1's: nothing changes
    expect(await locks(p.id)).toHaveLength(2);
    await give(p.id, a1, '', { task: ts[1]!.id });
    await give(p.id, a2, `?task=${ts[0]!.id}`);
    expect(await locks(p.id)).toEqual([]);
    expectError(
      await s.request('DELETE', `/api/projects/${p.id}/next?task=abc`, { as: a1 }),
      400,
      'Validation error',
    );
  });

  it('reclaims expired locks (lock_ttl), and refreshes a live one when it is returned', async () => {
    const p = await createProject(s, 'sentiment', { lock_ttl: 10 });
    const ts = await createTasks(s, p.id, 2);
    expect(await nextId(p.id, a1)).toBe(ts[0]!.id);
    const [lock] = await locks(p.id);
    const ttl = Date.parse(lock!.expires_at) - Date.now();
    expect(ttl).toBeGreaterThan(5_000);
    expect(ttl).toBeLessThanOrEqual(10_000);
    expect(await nextId(p.id, a2)).toBe(ts[1]!.id);
    await expireLocks(p.id);
    // a3 takes the first task now a1's lock is dead; a1 gets a2's (also dead) task.
    expect(await nextId(p.id, a3)).toBe(ts[0]!.id);
    const n = await next(p.id, a1);
    expect(n.id).toBe(ts[1]!.id);
    expect(n.queue).toBe('Sequential queue');
    // a2's dead lock stays until a2 asks again; it counts for nothing.
    const live = (await locks(p.id)).filter((l) => l.expires_at > new Date().toISOString());
    expect(live.map((l) => [l.task_id, l.user_id])).toEqual([
      [ts[0]!.id, a3.user.id],
      [ts[1]!.id, a1.user.id],
    ]);
    await expectEmpty(p.id, a2);
    expect((await locks(p.id)).map((l) => l.user_id).sort()).toEqual(
      [a3.user.id, a1.user.id].sort(),
    );
  });

  it('never offers the caller a task they annotated or skipped (REQUEUE_FOR_OTHERS)', async () => {
    const p = await createProject(s, 'sentiment', { maximum_annotations: 2 });
    const ts = await createTasks(s, p.id, 3);
    await annotate(s, ts[0]!.id, undefined, { as: a1 });
    await skip(s, ts[1]!.id, { as: a1 });
    expect(await nextId(p.id, a1)).toBe(ts[2]!.id);
    await annotate(s, ts[2]!.id, undefined, { as: a1 });
    await expectEmpty(p.id, a1);
    // The skipped task goes to others (breadth first puts the annotated one first).
    const n = await next(p.id, a2);
    expect(n.id).toBe(ts[0]!.id);
    expect(n.queue).toBe('Breadth first queue');
  });

  it('brings the caller’s skipped tasks back to them last with REQUEUE_FOR_ME', async () => {
    const p = await createProject(s, 'sentiment', { skip_queue: 'REQUEUE_FOR_ME' });
    const ts = await createTasks(s, p.id, 2);
    await skip(s, ts[0]!.id, { as: a1 });
    expect(await nextId(p.id, a1)).toBe(ts[1]!.id);
    await annotate(s, ts[1]!.id, undefined, { as: a1 });
    const back = await next(p.id, a1);
    expect(back.id).toBe(ts[0]!.id);
    expect(back.queue).toBe('Skipped queue');
    expect((await next(p.id, a1)).queue).toBe('Task lock');
    await annotate(s, ts[0]!.id, undefined, { as: a1 });
    await expectEmpty(p.id, a1);
  });

  it('treats a skip as done with IGNORE_SKIPPED: nobody gets the task again', async () => {
    const p = await createProject(s, 'sentiment', { skip_queue: 'IGNORE_SKIPPED' });
    const ts = await createTasks(s, p.id, 2);
    await skip(s, ts[0]!.id, { as: a1 });
    expect(await nextId(p.id, a1)).toBe(ts[1]!.id);
    await skip(s, ts[1]!.id, { as: a1 });
    await expectEmpty(p.id, a1);
    await expectEmpty(p.id, a2);
  });

  it('is breadth first with overlap 2, and counts live locks against the overlap', async () => {
    const p = await createProject(s, 'sentiment', { maximum_annotations: 2 });
    const ts = await createTasks(s, p.id, 4);
    await annotate(s, ts[2]!.id, undefined, { as: a3 });
    const n1 = await next(p.id, a1);
    expect([n1.id, n1.queue]).toEqual([ts[2]!.id, 'Breadth first queue']);
    // ts[2]: 1 finished + a1's lock = 2 → full for a2.
    const n2 = await next(p.id, a2);
    expect([n2.id, n2.queue]).toEqual([ts[0]!.id, 'Sequential queue']);
    // ts[0]: a2's lock only: a3 joins it (overlap 2).
    expect(await nextId(p.id, a3)).toBe(ts[0]!.id);
    await annotate(s, ts[0]!.id, undefined, { as: a2 });
    await annotate(s, ts[2]!.id, undefined, { as: a1 });
    // ts[0] now 1 finished + a3's lock: full for a1, who moves to ts[1].
    expect(await nextId(p.id, a1)).toBe(ts[1]!.id);
  });

  it('puts ground-truth tasks first when show_ground_truth_first', async () => {
    const p = await createProject(s, 'sentiment', { maximum_annotations: 3 });
    const ts = await createTasks(s, p.id, 3);
    await annotate(s, ts[2]!.id, { result: sentimentResult(), ground_truth: true });
    await annotate(s, ts[1]!.id, undefined, { as: a3 });
    await annotate(s, ts[1]!.id, undefined, { as: a2 });
    // Without the setting: breadth first (2 finished beats 1).
    expect(await nextId(p.id, a1)).toBe(ts[1]!.id);
    await give(p.id, a1);
    await patchProject(p.id, { show_ground_truth_first: true });
    const n = await next(p.id, a1);
    expect([n.id, n.queue]).toEqual([ts[2]!.id, 'Ground truth queue']);
  });

  it('applies settings changes to the very next request (sampling, overlap)', async () => {
    const p = await createProject(s);
    const ts = await createTasks(s, p.id, 30);
    await patchProject(p.id, { sampling: 'Uniform sampling' });
    const seen = new Set<number>();
    for (let i = 0; i < 12; i++) {
      const n = await next(p.id, a1);
      expect(n.queue).toBe('Uniform queue');
      seen.add(n.id);
      await give(p.id, a1);
    }
    expect(seen.size).toBeGreaterThan(1);
    await patchProject(p.id, { sampling: 'Sequential sampling' });
    expect(await nextId(p.id, a1)).toBe(ts[0]!.id);
    await annotate(s, ts[0]!.id, undefined, { as: a1 });
    // Overlap 1: ts[0] is labeled, a2 starts at ts[1]; overlap 2: a2 joins ts[0].
    expect(await nextId(p.id, a2)).toBe(ts[1]!.id);
    await give(p.id, a2);
    await patchProject(p.id, { maximum_annotations: 2 });
    const n = await next(p.id, a2);
    expect([n.id, n.queue]).toEqual([ts[0]!.id, 'Breadth first queue']);
    // Uniform with overlap 2 still prefers the fullest group.
    await give(p.id, a2);
    await patchProject(p.id, { sampling: 'Uniform sampling' });
    const u = await next(p.id, a2);
    expect([u.id, u.queue]).toEqual([ts[0]!.id, 'Breadth first queue']);
  });

  it('uniform sampling still covers every task exactly once per annotator', async () => {
    const p = await createProject(s, 'sentiment', { sampling: 'Uniform sampling' });
    const ts = await createTasks(s, p.id, 8);
    const got: number[] = [];
    for (let i = 0; i < 8; i++) {
      const id = await nextId(p.id, a1);
      got.push(id);
      await annotate(s, id, undefined, { as: a1 });
    }
    expect([...got].sort((x, y) => x - y)).toEqual(ts.map((t) => t.id));
    await expectEmpty(p.id, a1);
  });
});

describe('GET /api/projects/{id}/label-stream-history', () => {
  it('lists the caller’s annotations and skips in the project, newest first', async () => {
    const p = await createProject(s);
    const ts = await createTasks(s, p.id, 3);
    const x = await annotate(s, ts[0]!.id, undefined, { as: a1 });
    const y = await skip(s, ts[1]!.id, { as: a1 });
    await annotate(s, ts[2]!.id, undefined, { as: a2 });
    const res = expectStatus(
      await s.request('GET', `/api/projects/${p.id}/label-stream-history`, { as: a1 }),
      200,
    );
    expect(StreamHistory.parse(res.body)).toEqual([
      { task_id: ts[1]!.id, annotation_id: y.id },
      { task_id: ts[0]!.id, annotation_id: x.id },
    ]);
  });
});

describe('concurrency', () => {
  it('never gives one task to two annotators (overlap 1, real HTTP)', async () => {
    const p = await createProject(s);
    await createTasks(s, p.id, 40);
    const users = await Promise.all(Array.from({ length: 20 }, () => s.makeUser('annotator')));
    const holders = new Map<number, Set<number>>();
    await withHttp(s, async (url) => {
      for (let round = 0; round < 3; round++) {
        const answers = await Promise.all(
          users.flatMap((u) =>
            Array.from({ length: 4 }, async () => {
              const r = await httpJson(`${url}/api/projects/${p.id}/next`, u, 'GET');
              return { u, r };
            }),
          ),
        );
        for (const { u, r } of answers) {
          expect([200, 404]).toContain(r.status);
          if (r.status !== 200) continue;
          const id = (r.body as { id: number }).id;
          const set = holders.get(id) ?? new Set();
          set.add(u.user.id);
          holders.set(id, set);
        }
        // Half the users finish their task, half give it back, then race again.
        await Promise.all(
          users.map(async (u, i) => {
            const mine = [...holders].find(([, us]) => us.has(u.user.id));
            if (!mine) return;
            if (i % 2 === 0)
              await httpJson(`${url}/api/tasks/${mine[0]}/annotations`, u, 'POST', {
                result: sentimentResult(),
              });
            else await httpJson(`${url}/api/projects/${p.id}/next`, u, 'DELETE');
            holders.delete(mine[0]);
          }),
        );
      }
    });
    for (const [task, us] of holders) expect(us.size, `task ${task}`).toBe(1);
    const rows = await locks(p.id);
    expect(new Set(rows.map((l) => l.task_id)).size).toBe(rows.length);
    // Hundreds of real HTTP requests: give a busy 2-core machine time, the check is the point.
  }, 30_000);
});
