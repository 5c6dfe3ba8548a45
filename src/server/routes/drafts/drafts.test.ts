import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Draft } from '../../../shared/api/drafts';
import type { Project } from '../../../shared/api/projects';
import {
  annotate,
  createProject,
  createTask,
  exact,
  expectError,
  expectFieldError,
  expectStatus,
  httpJson,
  withHttp,
  sentimentResult,
  startTestServer,
  tableCounts,
  type TestServer,
  type TestUser,
} from '../../../../test/setup/api-helpers';

/** The draft object of api-contract.md §11, key for key. */
const DRAFT_KEYS = [
  'id',
  'user',
  'created_username',
  'created_ago',
  'result',
  'lead_time',
  'was_postponed',
  'import_id',
  'created_at',
  'updated_at',
  'task',
  'annotation',
];

let s: TestServer;
let ann: TestUser;
let ann2: TestUser;
let rev: TestUser;
let project: Project;
beforeAll(async () => {
  s = await startTestServer();
  [ann, ann2, rev] = [
    await s.makeUser('annotator'),
    await s.makeUser('annotator'),
    await s.makeUser('reviewer'),
  ];
  project = await createProject(s);
});
afterAll(async () => s.close());

async function save(url: string, body: Record<string, unknown>, as: TestUser, method = 'POST') {
  const res = await s.request(method, url, { as, body });
  return exact(Draft, expectStatus(res, method === 'POST' ? 201 : 200).body);
}

const listDrafts = async (task: number, as: TestUser) =>
  (
    expectStatus(await s.request('GET', `/api/tasks/${task}/drafts`, { as }), 200).body as unknown[]
  ).map((d) => exact(Draft, d).id);

describe('drafts', () => {
  it('saves one draft per user and task; a second POST updates it', async () => {
    const t = await createTask(s, project.id);
    const res = await s.request('POST', `/api/tasks/${t.id}/drafts/`, {
      as: ann,
      body: { result: sentimentResult(), lead_time: 1.25, was_postponed: true },
    });
    expect(Object.keys(expectStatus(res, 201).body)).toEqual(DRAFT_KEYS);
    const first = exact(Draft, res.body);
    expect(first).toMatchObject({
      user: ann.user.email,
      created_username: ` ${ann.user.email}, ${ann.user.id}`,
      created_ago: '0\u00a0minutes',
      result: sentimentResult(),
      lead_time: 1.25,
      was_postponed: true,
      import_id: null,
      task: t.id,
      annotation: null,
    });
    const second = await save(
      `/api/tasks/${t.id}/drafts`,
      { result: sentimentResult('Negative'), lead_time: 3 },
      ann,
    );
    expect(second).toMatchObject({
      id: first.id,
      result: sentimentResult('Negative'),
      lead_time: 3,
      was_postponed: true,
    });
    expect(second.updated_at > first.updated_at).toBe(true);
    expect(second.created_at).toBe(first.created_at);
    const other = await save(`/api/tasks/${t.id}/drafts`, { result: null }, ann2);
    expect(other.id).not.toBe(first.id);
    expect(other.result).toBeNull();
  });

  it('turns simultaneous first saves into one draft (real HTTP)', async () => {
    const t = await createTask(s, project.id);
    const answers = await withHttp(s, (url) =>
      Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          httpJson(`${url}/api/tasks/${t.id}/drafts`, ann, 'POST', { result: [], lead_time: i }),
        ),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((a) => exact(Draft, a.body).id)).size).toBe(1);
    expect(await listDrafts(t.id, ann)).toHaveLength(1);
  });

  it('answers autosaves that race the submit which deletes the draft (real HTTP)', async () => {
    const tasks = await Promise.all(Array.from({ length: 12 }, () => createTask(s, project.id)));
    const statuses = await withHttp(s, async (url) => {
      const out: number[] = [];
      for (const t of tasks) {
        await save(`/api/tasks/${t.id}/drafts`, { result: [] }, ann2);
        const autosaves = Array.from({ length: 4 }, () =>
          httpJson(`${url}/api/tasks/${t.id}/drafts`, ann2, 'POST', { result: [] }),
        );
        const submit = httpJson(`${url}/api/tasks/${t.id}/annotations`, ann2, 'POST', {
          result: sentimentResult(),
        });
        out.push(...(await Promise.all([...autosaves, submit])).map((r) => r.status));
      }
      return out;
    });
    expect(statuses.filter((x) => x !== 201)).toEqual([]);
  });

  it('keeps a separate draft per annotation being edited', async () => {
    const t = await createTask(s, project.id);
    const a = await annotate(s, t.id, undefined, { as: ann });
    const taskDraft = await save(`/api/tasks/${t.id}/drafts`, { result: [] }, ann);
    const url = `/api/tasks/${t.id}/annotations/${a.id}/drafts`;
    const d1 = await save(url, { result: sentimentResult('Neutral') }, ann);
    const d2 = await save(url, { result: sentimentResult('Negative') }, ann);
    expect(d1).toMatchObject({ annotation: a.id, task: t.id });
    expect(d2.id).toBe(d1.id);
    expect(d1.id).not.toBe(taskDraft.id);
    // Another annotator may not draft on someone else's annotation; a reviewer may.
    expectError(await s.request('POST', url, { as: ann2, body: { result: [] } }), 404);
    expect((await save(url, { result: [] }, rev)).annotation).toBe(a.id);
    const elsewhere = await createTask(s, project.id);
    expectError(
      await s.request('POST', `/api/tasks/${elsewhere.id}/annotations/${a.id}/drafts`, {
        as: ann,
        body: {},
      }),
      404,
    );
    expectError(
      await s.request('POST', `/api/tasks/${t.id}/annotations/987654/drafts`, {
        as: ann,
        body: {},
      }),
      404,
    );
  });

  it('lets only the owner read, change or delete a draft by id', async () => {
    const t = await createTask(s, project.id);
    const d = await save(`/api/tasks/${t.id}/drafts`, { result: [], lead_time: 1 }, ann);
    const url = `/api/drafts/${d.id}`;
    for (const as of [ann2, rev, s.admin]) {
      for (const method of ['GET', 'PATCH', 'PUT', 'DELETE']) {
        const res = await s.request(method, url, {
          as,
          ...(method.startsWith('P') ? { body: { lead_time: 9 } } : {}),
        });
        expectError(res, 404, 'No Draft matches the given query.');
      }
    }
    expect(
      exact(Draft, expectStatus(await s.request('GET', `${url}/`, { as: ann }), 200).body),
    ).toEqual(d);
    const patched = await save(url, { lead_time: 2 }, ann, 'PATCH');
    expect(patched).toMatchObject({ id: d.id, result: [], lead_time: 2 });
    const put = await save(
      url,
      { result: sentimentResult(), lead_time: 5, was_postponed: true },
      ann,
      'PUT',
    );
    expect(put).toMatchObject({ result: sentimentResult(), lead_time: 5, was_postponed: true });
    expectStatus(await s.request('DELETE', url, { as: ann }), 204);
    expectError(await s.request('GET', url, { as: ann }), 404);
    expectError(await s.request('DELETE', url, { as: ann }), 404);
  });

  it('lists the caller’s drafts of a task; reviewers and admins see all', async () => {
    const t = await createTask(s, project.id);
    const mine = await save(`/api/tasks/${t.id}/drafts`, { result: [] }, ann);
    const theirs = await save(`/api/tasks/${t.id}/drafts`, { result: [] }, ann2);
    expect(await listDrafts(t.id, ann)).toEqual([mine.id]);
    expect(await listDrafts(t.id, ann2)).toEqual([theirs.id]);
    expect(await listDrafts(t.id, rev)).toEqual([mine.id, theirs.id]);
    expect(await listDrafts(t.id, s.admin)).toEqual([mine.id, theirs.id]);
    expectError(await s.request('GET', '/api/tasks/987654/drafts', { as: ann }), 404);
  });

  it('refuses bad input with a 4xx and stores nothing', async () => {
    const t = await createTask(s, project.id);
    const d = await save(`/api/tasks/${t.id}/drafts`, { result: [] }, ann);
    const closed = await createProject(s, 'sentiment', { members: [ann2.user.id] });
    const hidden = await createTask(s, closed.id);
    const before = await tableCounts(s.db);
    const cases: [Record<string, unknown>, string][] = [
      [{ result: 'x' }, 'result'],
      [{ lead_time: 'slow' }, 'lead_time'],
      [{ was_postponed: 'yes' }, 'was_postponed'],
      [{ result: [], owner: 1 }, 'owner'],
    ];
    for (const [body, field] of cases) {
      expectFieldError(
        await s.request('POST', `/api/tasks/${t.id}/drafts`, { as: ann2, body }),
        field,
      );
      expectFieldError(await s.request('PATCH', `/api/drafts/${d.id}`, { as: ann, body }), field);
    }
    const json = { 'content-type': 'application/json' };
    expectError(
      await s.request('POST', `/api/tasks/${t.id}/drafts`, {
        as: ann2,
        rawBody: '{',
        headers: json,
      }),
      400,
      /^JSON parse error - /,
    );
    expectError(await s.request('POST', '/api/tasks/987654/drafts', { as: ann, body: {} }), 404);
    expectError(
      await s.request('POST', `/api/tasks/${hidden.id}/drafts`, { as: ann, body: {} }),
      404,
    );
    expectError(await s.request('GET', '/api/drafts/987654', { as: ann }), 404);
    expectError(await s.request('GET', '/api/drafts/abc', { as: ann }), 404);
    expectError(await s.request('GET', '/api/drafts/99999999999', { as: ann }), 404);
    expectError(
      await s.request('POST', `/api/tasks/${t.id}/annotations/99999999999/drafts`, {
        as: ann,
        body: {},
      }),
      404,
    );
    expectError(await s.request('POST', `/api/tasks/${t.id}/drafts`, { as: null, body: {} }), 401);
    expect(await tableCounts(s.db)).toEqual(before);
  });
});
