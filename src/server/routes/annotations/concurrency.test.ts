import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Annotation } from '../../../shared/api/annotations';
import {
  annotate,
  createProject,
  createTask,
  createTasks,
  expectCountersConsistent,
  httpJson,
  listen,
  sentimentResult,
  startTestServer,
  type TestServer,
  type TestUser,
} from '../../../../test/setup/api-helpers';

/** Races over real HTTP: requests overlap in the server, not one after another in-process. */
let s: TestServer;
let http: Awaited<ReturnType<typeof listen>>;
let ann: TestUser;
beforeAll(async () => {
  s = await startTestServer();
  http = await listen(s);
  ann = await s.makeUser('annotator');
});
afterAll(async () => {
  await http.close();
  await s.close();
});

describe('concurrent annotation writes', () => {
  it('turns 20 simultaneous retries of one unique_id into exactly one annotation', async () => {
    const p = await createProject(s);
    const t = await createTask(s, p.id);
    const body = { result: sentimentResult(), unique_id: 'outbox-42', lead_time: 3 };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        httpJson(`${http.url}/api/tasks/${t.id}/annotations`, ann, 'POST', body),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.every((a) => a.status === 200 || a.status === 201)).toBe(true);
    const ids = new Set(answers.map((a) => Annotation.parse(a.body).id));
    expect(ids.size).toBe(1);
    const rows = await s.db.kysely
      .selectFrom('annotations')
      .select('id')
      .where('unique_id', '=', 'outbox-42')
      .execute();
    expect(rows.map((r) => r.id)).toEqual([...ids]);
    expect(await expectCountersConsistent(s, p.id)).toMatchObject({
      total_annotations_number: 1,
      finished_task_number: 1,
    });
  });

  it('lets exactly one of several PATCHes with the same If-Match win', async () => {
    const p = await createProject(s);
    const t = await createTask(s, p.id);
    const a = await annotate(s, t.id, undefined, { as: ann });
    const choices = ['Positive', 'Neutral', 'Negative'] as const;
    const answers = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        fetch(`${http.url}/api/annotations/${a.id}`, {
          method: 'PATCH',
          headers: {
            authorization: `Token ${ann.token}`,
            'content-type': 'application/json',
            'if-match': `"${a.updated_at}"`,
          },
          body: JSON.stringify({ result: sentimentResult(choices[i % 3]), lead_time: i }),
        }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { lead_time?: number },
        })),
      ),
    );
    const winners = answers.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(8);
    const stored = Annotation.parse((await s.request('GET', `/api/annotations/${a.id}`)).body);
    expect(stored.lead_time).toBe(winners[0]!.body.lead_time);
  });

  it('keeps project counters exact under simultaneous creates, skips and deletes', async () => {
    const p = await createProject(s, 'sentiment', { maximum_annotations: 2 });
    const tasks = await createTasks(s, p.id, 6);
    const users = [s.admin, ann, await s.makeUser('annotator'), await s.makeUser('reviewer')];
    const writes = tasks.flatMap((t, i) =>
      users.map((u, j) =>
        httpJson(`${http.url}/api/tasks/${t.id}/annotations`, u, 'POST', {
          result: (i + j) % 3 === 0 ? [] : sentimentResult(),
          was_cancelled: (i + j) % 3 === 0,
        }),
      ),
    );
    const created = await Promise.all(writes);
    expect(created.every((r) => r.status === 201)).toBe(true);
    const deletes = created
      .filter((_, i) => i % 4 === 1)
      .map((r) =>
        httpJson(`${http.url}/api/annotations/${(r.body as { id: number }).id}`, s.admin, 'DELETE'),
      );
    const more = tasks.map((t) =>
      httpJson(`${http.url}/api/tasks/${t.id}/annotations`, users[3]!, 'POST', {
        result: sentimentResult(),
        ground_truth: true,
      }),
    );
    const results = await Promise.all([...deletes, ...more]);
    expect(results.map((r) => r.status).sort()).toEqual(
      [...deletes.map(() => 204), ...more.map(() => 201)].sort(),
    );
    expect(await expectCountersConsistent(s, p.id)).toMatchObject({
      task_number: 6,
      ground_truth_number: 6,
    });
  });
});
