import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  annotateEach,
  createProject,
  createTask,
  createTasks,
  expectCountersConsistent,
  expectStatus,
  httpJson,
  sentimentData,
  sentimentResult,
  startTestServer,
  withHttp,
  type TestServer,
  type TestUser,
} from '../../../test/setup/api-helpers';

/**
 * Stored counters (task and project) must equal a recount from rows after every write, whatever
 * the order of writes. A seeded random walk over every write that moves them checks that.
 */
let s: TestServer;
let users: TestUser[];
beforeAll(async () => {
  s = await startTestServer();
  users = [
    s.admin,
    await s.makeUser('reviewer'),
    await s.makeUser('annotator'),
    await s.makeUser('annotator'),
  ];
});
afterAll(async () => s.close());

/** mulberry32: small, seeded, good enough to pick operations. */
function rng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    chance: (p: number) => next() < p,
    int,
    pick: <T>(xs: readonly T[]) => xs[int(xs.length)]!,
  };
}

async function ids(
  table: 'tasks' | 'annotations' | 'predictions',
  projectId: number,
): Promise<number[]> {
  const rows = await s.db.kysely
    .selectFrom(table)
    .select('id')
    .where('project_id', '=', projectId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

type Op = (projectId: number, r: ReturnType<typeof rng>) => Promise<unknown>;

const OPS: Record<string, { weight: number; run: Op }> = {
  submit: {
    weight: 6,
    run: async (projectId, r) => {
      const tasks = await ids('tasks', projectId);
      if (!tasks.length) return;
      const as = r.pick(users);
      const skipped = r.chance(0.3);
      const gt = !skipped && as.user.role !== 'annotator' && r.chance(0.3);
      const body = {
        result: skipped ? (r.chance(0.5) ? null : []) : sentimentResult(),
        was_cancelled: skipped,
        ground_truth: gt,
      };
      return expectStatus(
        await s.request('POST', `/api/tasks/${r.pick(tasks)}/annotations`, { as, body }),
        201,
      );
    },
  },
  patch: {
    weight: 4,
    run: async (projectId, r) => {
      const annotations = await ids('annotations', projectId);
      if (!annotations.length) return;
      const body = r.pick([
        { was_cancelled: true },
        { was_cancelled: false, result: sentimentResult('Neutral') },
        { ground_truth: true },
        { ground_truth: false },
        { result: sentimentResult('Negative') },
      ]);
      return expectStatus(
        await s.request('PATCH', `/api/annotations/${r.pick(annotations)}`, { body }),
        200,
      );
    },
  },
  deleteAnnotation: {
    weight: 2,
    run: async (projectId, r) => {
      const annotations = await ids('annotations', projectId);
      if (annotations.length)
        expectStatus(await s.request('DELETE', `/api/annotations/${r.pick(annotations)}`), 204);
    },
  },
  bulk: {
    weight: 1,
    run: async (projectId, r) => {
      const tasks = await ids('tasks', projectId);
      if (!tasks.length) return;
      const body = {
        tasks: [r.pick(tasks), r.pick(tasks)],
        result: sentimentResult(),
        ground_truth: r.chance(0.3),
      };
      expectStatus(await s.request('POST', '/api/annotations/bulk', { body }), 201);
    },
  },
  review: {
    weight: 3,
    run: async (projectId, r) => {
      // Skips cannot be reviewed; a rejection un-finishes the annotation (db/counters.ts).
      const submitted = await s.db.kysely
        .selectFrom('annotations')
        .select('id')
        .where('project_id', '=', projectId)
        .where('was_cancelled', '=', 0)
        .orderBy('id')
        .execute();
      if (!submitted.length) return;
      const action = r.pick(['accept', 'reject', 'reject', 'fix'] as const);
      const body = action === 'fix' ? { action, result: sentimentResult('Neutral') } : { action };
      const id = r.pick(submitted).id;
      expectStatus(await s.request('POST', `/api/annotations/${id}/review`, { body }), 201);
    },
  },
  deleteReview: {
    weight: 1,
    run: async (projectId, r) => {
      const reviews = await s.db.kysely
        .selectFrom('reviews')
        .select('id')
        .where('project_id', '=', projectId)
        .orderBy('id')
        .execute();
      if (reviews.length)
        expectStatus(await s.request('DELETE', `/api/reviews/${r.pick(reviews).id}`), 204);
    },
  },
  predict: {
    weight: 2,
    run: async (projectId, r) => {
      const tasks = await ids('tasks', projectId);
      if (!tasks.length) return;
      const body = { task: r.pick(tasks), result: sentimentResult(), score: 0.5 };
      expectStatus(await s.request('POST', '/api/predictions', { body }), 201);
    },
  },
  deletePrediction: {
    weight: 1,
    run: async (projectId, r) => {
      const predictions = await ids('predictions', projectId);
      if (predictions.length)
        expectStatus(await s.request('DELETE', `/api/predictions/${r.pick(predictions)}`), 204);
    },
  },
  addTask: {
    weight: 1,
    run: async (projectId, r) => createTask(s, projectId, sentimentData(r.int(10))),
  },
  deleteTask: {
    weight: 1,
    run: async (projectId, r) => {
      const tasks = await ids('tasks', projectId);
      if (tasks.length > 2)
        expectStatus(await s.request('DELETE', `/api/tasks/${r.pick(tasks)}`), 204);
    },
  },
  settings: {
    weight: 1,
    run: async (projectId, r) => {
      const body = r.chance(0.5)
        ? { maximum_annotations: 1 + r.int(3) }
        : { skip_queue: r.pick(['REQUEUE_FOR_OTHERS', 'IGNORE_SKIPPED'] as const) };
      expectStatus(await s.request('PATCH', `/api/projects/${projectId}`, { body }), 200);
    },
  },
};
const BAG = Object.entries(OPS).flatMap(([name, op]) =>
  Array.from({ length: op.weight }, () => name),
);

describe('stored counters equal a recount from rows', () => {
  it.each([
    [1, 'REQUEUE_FOR_OTHERS'],
    [2, 'IGNORE_SKIPPED'],
  ])('after a random walk of writes (seed %i, %s)', async (seed, skipQueue) => {
    const project = await createProject(s, 'sentiment', {
      maximum_annotations: 2,
      skip_queue: skipQueue,
    });
    for (let i = 0; i < 4; i++) await createTask(s, project.id, sentimentData(i));
    const r = rng(seed);
    const done: string[] = [];
    for (let step = 0; step < 60; step++) {
      const name = r.pick(BAG);
      done.push(name);
      await OPS[name]!.run(project.id, r);
      const counters = await expectCountersConsistent(s, project.id).catch((e: unknown) => {
        throw new Error(`after steps ${done.join(', ')}: ${String(e)}`);
      });
      expect(counters.ground_truth_number).toBeLessThanOrEqual(counters.task_number);
    }
    expect(new Set(done).size).toBeGreaterThan(6);
  });
});

describe('settings changes racing annotation writes (real HTTP)', () => {
  it('answers every write and keeps counters exact', async () => {
    const p = await createProject(s, 'sentiment', { maximum_annotations: 2 });
    const ids = (await createTasks(s, p.id, 8)).map((t) => t.id);
    await withHttp(s, async (url) => {
      for (let round = 0; round < 3; round++) {
        const writes = [
          ...annotateEach(url, ids, users, { result: sentimentResult() }),
          httpJson(`${url}/api/projects/${p.id}`, s.admin, 'PATCH', {
            maximum_annotations: 1 + round,
          }),
        ];
        const statuses = (await Promise.all(writes)).map((r) => r.status);
        expect(statuses.filter((x) => x !== 200 && x !== 201)).toEqual([]);
        await expectCountersConsistent(s, p.id);
      }
    });
  });
});
