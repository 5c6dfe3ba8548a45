import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Annotation, ConflictBody } from '../../../shared/api/annotations';
import { Draft } from '../../../shared/api/drafts';
import type { Project } from '../../../shared/api/projects';
import type { Task } from '../../../shared/api/tasks';
import {
  annotate,
  createProject,
  createTask,
  exact,
  expectCountersConsistent,
  expectError,
  expectFieldError,
  expectStatus,
  sentimentResult,
  skip,
  startTestServer,
  tableCounts,
  type TestServer,
  type TestUser,
} from '../../../../test/setup/api-helpers';

/** The annotation object of api-contract.md §9, key for key. */
const ANNOTATION_KEYS = [
  'id',
  'result',
  'created_username',
  'created_ago',
  'completed_by',
  'unique_id',
  'was_cancelled',
  'ground_truth',
  'created_at',
  'updated_at',
  'draft_created_at',
  'lead_time',
  'import_id',
  'last_action',
  'bulk_created',
  'task',
  'project',
  'updated_by',
  'parent_prediction',
  'parent_annotation',
  'last_created_by',
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
  project = await createProject(s, 'sentiment', { maximum_annotations: 2 });
});
afterAll(async () => s.close());

const newTask = () => createTask(s, project.id);
const getAnnotation = async (id: number, as: TestUser = s.admin) => {
  const res = expectStatus(await s.request('GET', `/api/annotations/${id}`, { as }), 200);
  return { annotation: exact(Annotation, res.body), etag: res.headers.get('etag') };
};
const taskState = async (id: number) => {
  const t = (await s.request('GET', `/api/tasks/${id}`)).body as Task;
  return { total: t.total_annotations, cancelled: t.cancelled_annotations, labeled: t.is_labeled };
};

describe('POST /api/tasks/{id}/annotations', () => {
  it('creates with every field of the contract object', async () => {
    const t = await newTask();
    const result = sentimentResult('Negative');
    const res = await s.request('POST', `/api/tasks/${t.id}/annotations/`, {
      as: ann,
      body: { result, lead_time: 34.56 },
    });
    expectStatus(res, 201);
    expect(Object.keys(res.body)).toEqual(ANNOTATION_KEYS);
    const a = exact(Annotation, res.body);
    expect(a).toMatchObject({
      result,
      created_username: ` ${ann.user.email}, ${ann.user.id}`,
      created_ago: '0\u00a0minutes',
      completed_by: ann.user.id,
      was_cancelled: false,
      ground_truth: false,
      draft_created_at: null,
      lead_time: 34.56,
      import_id: null,
      last_action: 'submitted',
      bulk_created: false,
      task: t.id,
      project: project.id,
      updated_by: ann.user.id,
      parent_prediction: null,
      parent_annotation: null,
      last_created_by: ann.user.id,
    });
    expect(a.unique_id.length).toBeGreaterThan(0);
    expect(a.updated_at).toBe(a.created_at);
    expect(res.headers.get('etag')).toBe(`"${a.updated_at}"`);
    expect((await getAnnotation(a.id)).annotation).toEqual(a);
    const task = (await s.request('GET', `/api/tasks/${t.id}`)).body as Task;
    expect(task.updated_by).toBe(ann.user.id);
  });

  it('stores lead_time as the float given and names users as the contract says', async () => {
    await s.db.kysely
      .updateTable('users')
      .set({ first_name: 'Grace', last_name: 'Hopper' })
      .where('id', '=', ann2.user.id)
      .execute();
    const t = await newTask();
    const a = await annotate(
      s,
      t.id,
      { result: sentimentResult(), lead_time: 12.345678901234567 },
      { as: ann2 },
    );
    expect(a.created_username).toBe(`Grace Hopper ${ann2.user.email}, ${ann2.user.id}`);
    expect((await getAnnotation(a.id)).annotation.lead_time).toBe(12.345678901234567);
    expect((await annotate(s, t.id, { result: sentimentResult(), lead_time: 3 })).lead_time).toBe(
      3,
    );
  });

  it('marks skips from the body or ?was_cancelled=1', async () => {
    const t = await newTask();
    expect(await skip(s, t.id, { as: ann })).toMatchObject({
      was_cancelled: true,
      last_action: 'skipped',
    });
    const q = await annotate(s, t.id, { result: [] }, { as: ann2, query: '?was_cancelled=1' });
    expect(q).toMatchObject({ was_cancelled: true, last_action: 'skipped' });
    const bad = await s.request('POST', `/api/tasks/${t.id}/annotations?was_cancelled=maybe`, {
      body: { result: [] },
    });
    expectFieldError(bad, 'was_cancelled');
    expect(await taskState(t.id)).toEqual({ total: 0, cancelled: 2, labeled: false });
  });

  it('lets an admin set completed_by; an annotator may not', async () => {
    const t = await newTask();
    const before = await tableCounts(s.db);
    expectError(
      await s.request('POST', `/api/tasks/${t.id}/annotations`, {
        as: ann,
        body: { result: sentimentResult(), completed_by: ann2.user.id },
      }),
      403,
      'You do not have permission to perform this action.',
    );
    expectFieldError(
      await s.request('POST', `/api/tasks/${t.id}/annotations`, {
        body: { result: sentimentResult(), completed_by: 987_654 },
      }),
      'completed_by',
    );
    expect(await tableCounts(s.db)).toEqual(before);
    const a = await annotate(s, t.id, { result: sentimentResult(), completed_by: ann2.user.id });
    expect(a).toMatchObject({
      completed_by: ann2.user.id,
      updated_by: s.admin.user.id,
      last_created_by: s.admin.user.id,
    });
    const own = await annotate(
      s,
      t.id,
      { result: sentimentResult(), completed_by: ann.user.id },
      { as: ann },
    );
    expect(own.completed_by).toBe(ann.user.id);
  });

  it('links parent prediction/annotation and the draft it came from', async () => {
    const t = await newTask();
    const pred = expectStatus(
      await s.request('POST', '/api/predictions', {
        body: { task: t.id, result: sentimentResult() },
      }),
      201,
    ).body as { id: number };
    const draft = exact(
      Draft,
      expectStatus(
        await s.request('POST', `/api/tasks/${t.id}/drafts`, { as: ann, body: { result: [] } }),
        201,
      ).body,
    );
    const a = await annotate(
      s,
      t.id,
      { result: sentimentResult(), parent_prediction: pred.id, draft_id: draft.id },
      { as: ann },
    );
    expect(a).toMatchObject({ parent_prediction: pred.id, draft_created_at: draft.created_at });
    const child = await annotate(s, t.id, { result: sentimentResult(), parent_annotation: a.id });
    expect(child.parent_annotation).toBe(a.id);
    const other = await newTask();
    for (const key of ['parent_prediction', 'parent_annotation']) {
      const res = await s.request('POST', `/api/tasks/${other.id}/annotations`, {
        body: { result: sentimentResult(), [key]: key === 'parent_prediction' ? pred.id : a.id },
      });
      expectFieldError(res, key);
    }
  });

  it('deletes the caller’s draft of the task on submit, not other users’', async () => {
    const t = await newTask();
    const mine = expectStatus(
      await s.request('POST', `/api/tasks/${t.id}/drafts`, { as: ann, body: { result: [] } }),
      201,
    );
    const theirs = expectStatus(
      await s.request('POST', `/api/tasks/${t.id}/drafts`, { as: ann2, body: { result: [] } }),
      201,
    );
    await annotate(s, t.id, undefined, { as: ann });
    expectError(await s.request('GET', `/api/drafts/${mine.body.id}`, { as: ann }), 404);
    expectStatus(await s.request('GET', `/api/drafts/${theirs.body.id}`, { as: ann2 }), 200);
  });

  it('moves task and project counters with the overlap rule (maximum_annotations 2)', async () => {
    const p = await createProject(s, 'sentiment', { maximum_annotations: 2 });
    const t = await createTask(s, p.id);
    const step = async (
      task: { total: number; cancelled: number; labeled: boolean },
      counters: object,
    ) => {
      expect(await taskState(t.id)).toEqual(task);
      expect(await expectCountersConsistent(s, p.id)).toMatchObject(counters);
    };
    const a = await annotate(s, t.id, undefined, { as: ann });
    await step(
      { total: 1, cancelled: 0, labeled: false },
      {
        finished_task_number: 0,
        total_annotations_number: 1,
        useful_annotation_number: 1,
        num_tasks_with_annotations: 1,
      },
    );
    await skip(s, t.id, { as: ann2 });
    await step(
      { total: 1, cancelled: 1, labeled: false },
      { skipped_annotations_number: 1, finished_task_number: 0 },
    );
    const gt = await annotate(
      s,
      t.id,
      { result: sentimentResult(), ground_truth: true },
      { as: rev },
    );
    await step(
      { total: 2, cancelled: 1, labeled: true },
      {
        finished_task_number: 1,
        total_annotations_number: 2,
        ground_truth_number: 1,
        useful_annotation_number: 1,
      },
    );
    expectStatus(
      await s.request('PATCH', `/api/annotations/${a.id}`, {
        as: ann,
        body: { was_cancelled: true },
      }),
      200,
    );
    await step(
      { total: 1, cancelled: 2, labeled: false },
      {
        finished_task_number: 0,
        skipped_annotations_number: 2,
        useful_annotation_number: 0,
        num_tasks_with_annotations: 0,
      },
    );
    expectStatus(
      await s.request('PATCH', `/api/annotations/${a.id}`, {
        as: ann,
        body: { was_cancelled: false },
      }),
      200,
    );
    await step(
      { total: 2, cancelled: 1, labeled: true },
      { finished_task_number: 1, num_tasks_with_annotations: 1 },
    );
    expectStatus(await s.request('DELETE', `/api/annotations/${gt.id}`), 204);
    await step(
      { total: 1, cancelled: 1, labeled: false },
      { finished_task_number: 0, ground_truth_number: 0 },
    );
    expectStatus(await s.request('DELETE', `/api/annotations/${a.id}/`, { as: ann }), 204);
    await step(
      { total: 0, cancelled: 1, labeled: false },
      { total_annotations_number: 0, skipped_annotations_number: 1, useful_annotation_number: 0 },
    );
  });
});

describe('ground truth', () => {
  it('is one per task: setting it clears the others; annotators may not set it', async () => {
    const t = await newTask();
    const a1 = await annotate(s, t.id, { result: sentimentResult(), ground_truth: true });
    const a2 = await annotate(
      s,
      t.id,
      { result: sentimentResult(), ground_truth: true },
      { as: rev },
    );
    expect((await getAnnotation(a1.id)).annotation.ground_truth).toBe(false);
    const own = await annotate(s, t.id, undefined, { as: ann });
    const before = await tableCounts(s.db);
    const res = await s.request('POST', `/api/tasks/${t.id}/annotations`, {
      as: ann,
      body: { result: sentimentResult(), ground_truth: true },
    });
    expectError(res, 403);
    expect(await tableCounts(s.db)).toEqual(before);
    expectError(
      await s.request('PATCH', `/api/annotations/${own.id}`, {
        as: ann,
        body: { ground_truth: true },
      }),
      403,
    );
    // A reviewer may mark someone else's annotation, and change nothing else on it.
    const marked = await s.request('PATCH', `/api/annotations/${own.id}`, {
      as: rev,
      body: { ground_truth: true },
    });
    expect(exact(Annotation, expectStatus(marked, 200).body).ground_truth).toBe(true);
    expect((await getAnnotation(a2.id)).annotation.ground_truth).toBe(false);
    expectError(
      await s.request('PATCH', `/api/annotations/${own.id}`, {
        as: rev,
        body: { result: sentimentResult('Neutral') },
      }),
      403,
    );
    expect((await expectCountersConsistent(s, project.id)).ground_truth_number).toBeGreaterThan(0);
  });
});

describe('who may change ground_truth and completed_by on an update', () => {
  it('compares with the stored value, so an echoed object passes and a real change needs the role', async () => {
    const t = await newTask();
    const a = await annotate(s, t.id, undefined, { as: ann });
    expectStatus(
      await s.request('PATCH', `/api/annotations/${a.id}`, {
        as: rev,
        body: { ground_truth: true },
      }),
      200,
    );
    const { annotation: marked } = await getAnnotation(a.id, ann);
    // The owner sends back what they read (ground_truth: true included), with one change.
    const echo = await s.request('PATCH', `/api/annotations/${a.id}`, {
      as: ann,
      body: { ...marked, lead_time: 8 },
    });
    expect(exact(Annotation, expectStatus(echo, 200).body)).toMatchObject({
      ground_truth: true,
      lead_time: 8,
    });
    const before = await getAnnotation(a.id, ann);
    expectError(
      await s.request('PATCH', `/api/annotations/${a.id}`, {
        as: ann,
        body: { ground_truth: false },
      }),
      403,
    );
    expectError(
      await s.request('PATCH', `/api/annotations/${a.id}`, {
        as: ann,
        body: { completed_by: null },
      }),
      403,
    );
    expect(await getAnnotation(a.id, ann)).toEqual(before);
    const cleared = await s.request('PATCH', `/api/annotations/${a.id}`, {
      body: { completed_by: null },
    });
    expect(exact(Annotation, expectStatus(cleared, 200).body)).toMatchObject({
      completed_by: null,
      created_username: '',
    });
    // On create, a null completed_by means the default: the caller.
    expect(
      (await annotate(s, t.id, { result: sentimentResult(), completed_by: null }, { as: ann2 }))
        .completed_by,
    ).toBe(ann2.user.id);
  });

  it('refuses empty submits when the project disallows them; skips stay allowed', async () => {
    const p = await createProject(s, 'ner', { enable_empty_annotation: false });
    const t = await createTask(s, p.id, { text: 'Ada Lovelace' });
    const before = await tableCounts(s.db);
    expectFieldError(
      await s.request('POST', `/api/tasks/${t.id}/annotations`, { body: { result: [] } }),
      'result',
    );
    expect(await tableCounts(s.db)).toEqual(before);
    expect((await skip(s, t.id)).was_cancelled).toBe(true);
  });
});

describe('idempotent create (unique_id)', () => {
  it('answers a retry by the same user on the same task with the first annotation', async () => {
    const [t, other] = [await newTask(), await newTask()];
    const body = { result: sentimentResult(), unique_id: 'retry-1', lead_time: 2 };
    const first = await annotate(s, t.id, body, { as: ann });
    const counters = await expectCountersConsistent(s, project.id);
    const before = await tableCounts(s.db);
    const again = await annotate(s, t.id, { ...body, lead_time: 99 }, { as: ann, status: 200 });
    expect(again).toEqual({ ...first, created_ago: again.created_ago });
    expect(await tableCounts(s.db)).toEqual(before);
    expect(await expectCountersConsistent(s, project.id)).toEqual(counters);

    const otherUser = await s.request('POST', `/api/tasks/${t.id}/annotations`, { as: ann2, body });
    expectError(otherUser, 409);
    expectError(
      await s.request('POST', `/api/tasks/${other.id}/annotations`, { as: ann, body }),
      409,
    );
    // Naming the first author does not let another annotator read it back.
    const spoof = await s.request('POST', `/api/tasks/${t.id}/annotations`, {
      as: ann2,
      body: { ...body, completed_by: ann.user.id },
    });
    expectError(spoof, 403);
    expect(await tableCounts(s.db)).toEqual(before);
  });
});

describe('GET/PATCH/PUT/DELETE /api/annotations/{id}', () => {
  it('carries an ETag; a stale If-Match or body updated_at is a 409 that writes nothing', async () => {
    const t = await newTask();
    const a = await annotate(s, t.id, { result: sentimentResult(), lead_time: 5 }, { as: ann });
    const { etag } = await getAnnotation(a.id, ann);
    expect(etag).toBe(`"${a.updated_at}"`);

    const fresh = await s.request('PATCH', `/api/annotations/${a.id}`, {
      as: ann,
      headers: { 'if-match': etag! },
      body: { result: sentimentResult('Neutral'), lead_time: 9.5 },
    });
    const updated = exact(Annotation, expectStatus(fresh, 200).body);
    expect(updated).toMatchObject({
      last_action: 'updated',
      lead_time: 9.5,
      updated_by: ann.user.id,
    });
    expect(updated.result).toEqual(sentimentResult('Neutral'));
    expect(updated.updated_at > a.updated_at).toBe(true);
    expect(fresh.headers.get('etag')).toBe(`"${updated.updated_at}"`);

    for (const stale of [
      { headers: { 'if-match': etag! } },
      { body: { updated_at: a.updated_at } },
    ]) {
      const res = await s.request('PATCH', `/api/annotations/${a.id}`, {
        as: ann,
        headers: stale.headers ?? {},
        body: { result: sentimentResult('Negative'), ...stale.body },
      });
      expectStatus(res, 409);
      const body = ConflictBody.parse(res.body);
      expect(body.detail).toBe('Annotation was changed by someone else.');
      expect(exact(Annotation, body.current)).toEqual({
        ...updated,
        created_ago: body.current.created_ago,
      });
    }
    const put = await s.request('PUT', `/api/annotations/${a.id}`, {
      as: ann,
      headers: { 'if-match': etag! },
      body: { result: sentimentResult('Negative') },
    });
    expectStatus(put, 409);
    expect((await getAnnotation(a.id)).annotation).toEqual({
      ...updated,
      created_ago: '0\u00a0minutes',
    });

    // A weak tag, `*`, and no precondition at all proceed.
    const weak = await s.request('PATCH', `/api/annotations/${a.id}`, {
      as: ann,
      headers: { 'if-match': `W/"${updated.updated_at}"` },
      body: { lead_time: 1 },
    });
    const star = await s.request('PATCH', `/api/annotations/${a.id}`, {
      as: ann,
      headers: { 'if-match': '*' },
      body: { lead_time: 2 },
    });
    const none = await s.request('PATCH', `/api/annotations/${a.id}`, {
      as: ann,
      body: { lead_time: 3 },
    });
    expect([weak, star, none].map((r) => r.status)).toEqual([200, 200, 200]);
    expect((await getAnnotation(a.id)).annotation.lead_time).toBe(3);
    expectError(
      await s.request('PATCH', `/api/annotations/${a.id}`, {
        as: ann,
        headers: { 'if-match': '"yesterday"' },
        body: {},
      }),
      400,
    );
  });

  it('PUT requires result; updates delete drafts linked to the annotation', async () => {
    const t = await newTask();
    const a = await annotate(s, t.id, undefined, { as: ann });
    expectFieldError(
      await s.request('PUT', `/api/annotations/${a.id}`, { as: ann, body: { lead_time: 1 } }),
      'result',
    );
    const draft = expectStatus(
      await s.request('POST', `/api/tasks/${t.id}/annotations/${a.id}/drafts`, {
        as: ann,
        body: { result: [] },
      }),
      201,
    ).body as { id: number };
    const put = await s.request('PUT', `/api/annotations/${a.id}/`, {
      as: ann,
      body: { result: sentimentResult('Negative'), lead_time: 7 },
    });
    expect(exact(Annotation, expectStatus(put, 200).body)).toMatchObject({
      last_action: 'updated',
      lead_time: 7,
    });
    expectError(await s.request('GET', `/api/drafts/${draft.id}`, { as: ann }), 404);
  });

  it('hides other users’ annotations from annotators', async () => {
    const t = await newTask();
    const mine = await annotate(s, t.id, undefined, { as: ann });
    const theirs = await annotate(s, t.id, undefined, { as: ann2 });
    await skip(s, t.id, { as: rev });
    for (const method of ['GET', 'PATCH', 'PUT', 'DELETE']) {
      const res = await s.request(method, `/api/annotations/${theirs.id}`, {
        as: ann,
        ...(method.startsWith('P') ? { body: { result: sentimentResult() } } : {}),
      });
      expectError(res, 404, 'No Annotation matches the given query.');
    }
    const list = async (as: TestUser) =>
      (
        expectStatus(await s.request('GET', `/api/tasks/${t.id}/annotations`, { as }), 200)
          .body as unknown[]
      ).map((x) => exact(Annotation, x).id);
    expect(await list(ann)).toEqual([mine.id]);
    expect(await list(rev)).toEqual([mine.id, theirs.id]); // the skip is not listed
    expectError(await s.request('DELETE', `/api/annotations/${mine.id}`, { as: rev }), 403);
    expectStatus(await s.request('DELETE', `/api/annotations/${theirs.id}`, { as: ann2 }), 204);
    expectError(await s.request('GET', `/api/annotations/${theirs.id}`), 404);
  });

  it('keeps annotations of a project the caller cannot see out of reach', async () => {
    const closed = await createProject(s, 'sentiment', { members: [ann2.user.id] });
    const t = await createTask(s, closed.id);
    const a = await annotate(s, t.id, undefined, { as: ann2 });
    const before = await tableCounts(s.db);
    expectError(
      await s.request('POST', `/api/tasks/${t.id}/annotations`, { as: ann, body: { result: [] } }),
      404,
      'No Task matches the given query.',
    );
    expectError(await s.request('GET', `/api/tasks/${t.id}/annotations`, { as: ann }), 404);
    expectError(await s.request('GET', `/api/annotations/${a.id}`, { as: rev }), 404);
    expect(await tableCounts(s.db)).toEqual(before);
  });
});

describe('bad input', () => {
  it('answers 4xx with the contract body and changes nothing', async () => {
    const t = await newTask();
    const a = await annotate(s, t.id, undefined, { as: ann });
    const counters = await expectCountersConsistent(s, project.id);
    const before = await tableCounts(s.db);
    const url = `/api/tasks/${t.id}/annotations`;
    const fields: [Record<string, unknown>, string][] = [
      [{ result: 'Positive' }, 'result'],
      [{ result: [1] }, 'result[0]'],
      [{ lead_time: 'fast' }, 'lead_time'],
      [{ lead_time: -1 }, 'lead_time'],
      [{ was_cancelled: 'yes' }, 'was_cancelled'],
      [{ ground_truth: 1 }, 'ground_truth'],
      [{ completed_by: 'me' }, 'completed_by'],
      [{ unique_id: '' }, 'unique_id'],
      [{ parent_prediction: 99_999_999_999 }, 'parent_prediction'],
      [{ result: [], colour: 'red' }, 'colour'],
    ];
    for (const [body, field] of fields) {
      expectFieldError(await s.request('POST', url, { as: ann, body }), field);
      expectFieldError(
        await s.request('PATCH', `/api/annotations/${a.id}`, { as: ann, body }),
        field,
      );
    }
    const json = { 'content-type': 'application/json' };
    expectError(
      await s.request('POST', url, { as: ann, rawBody: '{"result": [', headers: json }),
      400,
      /^JSON parse error - /,
    );
    expectError(
      await s.request('PATCH', `/api/annotations/${a.id}`, { rawBody: 'nope', headers: json }),
      400,
    );
    expectError(await s.request('POST', url, { as: ann, rawBody: '[]', headers: json }), 400);
    expectError(
      await s.request('POST', url, {
        rawBody: '<a/>',
        headers: { 'content-type': 'application/xml' },
      }),
      415,
    );
    expectError(
      await s.request('POST', '/api/tasks/987654/annotations', { body: { result: [] } }),
      404,
    );
    for (const method of ['GET', 'PATCH', 'PUT', 'DELETE']) {
      const body = method.startsWith('P') ? { body: { result: [] } } : {};
      expectError(await s.request(method, '/api/annotations/987654', body), 404);
      expectError(await s.request(method, '/api/annotations/x1', body), 404);
      expectError(await s.request(method, '/api/annotations/99999999999', body), 404);
    }
    expectError(await s.request('POST', url, { as: null, body: { result: [] } }), 401);
    expect(await tableCounts(s.db)).toEqual(before);
    expect(await expectCountersConsistent(s, project.id)).toEqual(counters);
    expect((await getAnnotation(a.id)).annotation).toEqual({ ...a, created_ago: '0\u00a0minutes' });
  });

  it('accepts a form-encoded create with the result as JSON text', async () => {
    const t = await newTask();
    const form = new URLSearchParams({
      result: JSON.stringify(sentimentResult()),
      lead_time: '2.5',
    });
    const res = await s.request('POST', `/api/tasks/${t.id}/annotations`, {
      as: ann,
      rawBody: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(exact(Annotation, expectStatus(res, 201).body)).toMatchObject({
      result: sentimentResult(),
      lead_time: 2.5,
    });
  });
});
