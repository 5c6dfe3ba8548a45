import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prediction } from '../../../shared/api/predictions';
import {
  createProject,
  createTask,
  exact,
  expectCountersConsistent,
  expectError,
  expectFieldError,
  expectStatus,
  sentimentResult,
  startTestServer,
  tableCounts,
  type TestServer,
  type TestUser,
} from '../../../../test/setup/api-helpers';

/** The prediction object of api-contract.md §11, key for key. */
const PREDICTION_KEYS = [
  'id',
  'result',
  'model_version',
  'created_ago',
  'score',
  'created_at',
  'updated_at',
  'task',
  'project',
];

let s: TestServer;
let ann: TestUser;
let rev: TestUser;
beforeAll(async () => {
  s = await startTestServer();
  [ann, rev] = [await s.makeUser('annotator'), await s.makeUser('reviewer')];
});
afterAll(async () => s.close());

async function predict(body: Record<string, unknown>) {
  const res = await s.request('POST', '/api/predictions/', { body });
  expect(Object.keys(expectStatus(res, 201).body)).toEqual(PREDICTION_KEYS);
  return exact(Prediction, res.body);
}

const list = async (query: string, as: TestUser = s.admin) =>
  (
    expectStatus(await s.request('GET', `/api/predictions?${query}`, { as }), 200).body as unknown[]
  ).map((p) => exact(Prediction, p).id);

describe('predictions', () => {
  it('creates with defaults and keeps score a float', async () => {
    const p = await createProject(s);
    const t = await createTask(s, p.id);
    const plain = await predict({ task: t.id, result: sentimentResult() });
    expect(plain).toMatchObject({
      result: sentimentResult(),
      model_version: 'undefined',
      score: null,
      created_ago: '0\u00a0minutes',
      task: t.id,
      project: p.id,
    });
    expect(plain.updated_at).toBe(plain.created_at);
    const scored = await predict({
      task: t.id,
      result: sentimentResult('Neutral'),
      score: 0.123456789012345,
      model_version: 'm2',
    });
    expect(scored).toMatchObject({ score: 0.123456789012345, model_version: 'm2' });
    expect((await predict({ task: t.id, result: [], score: 1 })).score).toBe(1);
    const versioned = await createProject(s, 'sentiment', { model_version: 'v7' });
    const vt = await createTask(s, versioned.id);
    expect((await predict({ task: vt.id, result: [] })).model_version).toBe('v7');
    const task = (await s.request('GET', `/api/tasks/${t.id}`)).body;
    expect(task).toMatchObject({ total_predictions: 3, updated_by: s.admin.user.id });
    expect((await expectCountersConsistent(s, p.id)).total_predictions_number).toBe(3);
  });

  it('reads, updates and deletes; counters follow', async () => {
    const p = await createProject(s);
    const t = await createTask(s, p.id);
    const pr = await predict({
      task: t.id,
      result: sentimentResult(),
      score: 0.5,
      model_version: 'a',
    });
    const url = `/api/predictions/${pr.id}`;
    expect(
      exact(Prediction, expectStatus(await s.request('GET', url, { as: ann }), 200).body),
    ).toEqual(pr);
    const patched = exact(
      Prediction,
      expectStatus(await s.request('PATCH', `${url}/`, { body: { score: 0.75 } }), 200).body,
    );
    expect(patched).toMatchObject({ score: 0.75, model_version: 'a', result: sentimentResult() });
    expect(patched.updated_at > pr.updated_at).toBe(true);
    expectFieldError(await s.request('PUT', url, { body: { score: 0.1 } }), 'result');
    const put = await s.request('PUT', url, {
      body: { result: sentimentResult('Negative'), model_version: 'b', score: null },
    });
    expect(exact(Prediction, expectStatus(put, 200).body)).toMatchObject({
      result: sentimentResult('Negative'),
      model_version: 'b',
      score: null,
    });
    // Echoed read-only keys are ignored; moving to another task is not allowed.
    expectStatus(await s.request('PATCH', url, { body: { ...pr, score: 0.2, task: t.id } }), 200);
    const other = await createTask(s, p.id);
    expectFieldError(await s.request('PATCH', url, { body: { task: other.id } }), 'task');
    expect((await expectCountersConsistent(s, p.id)).total_predictions_number).toBe(1);
    expectStatus(await s.request('DELETE', url), 204);
    expectError(await s.request('GET', url), 404, 'No Prediction matches the given query.');
    expect((await expectCountersConsistent(s, p.id)).total_predictions_number).toBe(0);
    expect((await s.request('GET', `/api/tasks/${t.id}`)).body.total_predictions).toBe(0);
  });

  it('lists by task or project', async () => {
    const [p, q] = [await createProject(s), await createProject(s)];
    const [t1, t2, u1] = [
      await createTask(s, p.id),
      await createTask(s, p.id),
      await createTask(s, q.id),
    ];
    const a = await predict({ task: t1.id, result: [] });
    const b = await predict({ task: t2.id, result: [] });
    const c = await predict({ task: t1.id, result: [] });
    const d = await predict({ task: u1.id, result: [] });
    expect(await list(`task=${t1.id}`)).toEqual([a.id, c.id]);
    expect(await list(`task=${t1.id}`, ann)).toEqual([a.id, c.id]);
    expect(await list(`project=${p.id}`)).toEqual([a.id, b.id, c.id]);
    expect(await list(`project=${q.id}`, rev)).toEqual([d.id]);
    expect(await list(`task=${t2.id}&project=${p.id}`)).toEqual([b.id]);
    expect(await list(`task=${t2.id}&project=${q.id}`)).toEqual([]);
    expectError(await s.request('GET', `/api/predictions?project=${p.id}`, { as: ann }), 403);
    expectFieldError(await s.request('GET', '/api/predictions'), 'project');
    expectFieldError(await s.request('GET', '/api/predictions?task=abc'), 'task');
    for (const q of ['task=99999999999', 'project=99999999999']) {
      expect((await s.request('GET', `/api/predictions?${q}`)).status).toBeLessThan(500);
    }
    expectError(await s.request('GET', '/api/predictions?task=987654'), 404);
    expectError(await s.request('GET', '/api/predictions?project=987654'), 404);
  });

  it('is admin-only to write, and refuses bad input without changing anything', async () => {
    const p = await createProject(s);
    const t = await createTask(s, p.id);
    const pr = await predict({ task: t.id, result: [] });
    const counters = await expectCountersConsistent(s, p.id);
    const before = await tableCounts(s.db);
    for (const as of [ann, rev]) {
      expectError(
        await s.request('POST', '/api/predictions', { as, body: { task: t.id, result: [] } }),
        403,
      );
      expectError(
        await s.request('PATCH', `/api/predictions/${pr.id}`, { as, body: { score: 1 } }),
        403,
      );
      expectError(await s.request('DELETE', `/api/predictions/${pr.id}`, { as }), 403);
    }
    const cases: [Record<string, unknown>, string][] = [
      [{ result: [] }, 'task'],
      [{ task: t.id }, 'result'],
      [{ task: 'one', result: [] }, 'task'],
      [{ task: t.id, result: [], score: 'high' }, 'score'],
      [{ task: t.id, result: [], model_version: 3 }, 'model_version'],
      [{ task: t.id, result: [], confidence: 1 }, 'confidence'],
    ];
    for (const [body, field] of cases)
      expectFieldError(await s.request('POST', '/api/predictions', { body }), field);
    expectFieldError(
      await s.request('PATCH', `/api/predictions/${pr.id}`, { body: { score: '1' } }),
      'score',
    );
    expectError(
      await s.request('POST', '/api/predictions', {
        rawBody: '{"task":',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      /^JSON parse error - /,
    );
    expectError(
      await s.request('POST', '/api/predictions', { body: { task: 987_654, result: [] } }),
      404,
    );
    for (const method of ['GET', 'PATCH', 'PUT', 'DELETE']) {
      expectError(
        await s.request(
          method,
          '/api/predictions/987654',
          method.startsWith('P') ? { body: { result: [] } } : {},
        ),
        404,
      );
    }
    expect(await tableCounts(s.db)).toEqual(before);
    expect(await expectCountersConsistent(s, p.id)).toEqual(counters);
  });
});
