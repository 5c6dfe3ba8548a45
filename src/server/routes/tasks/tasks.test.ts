import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Annotation, AnnotationExpanded } from '../../../shared/api/annotations';
import { Draft } from '../../../shared/api/drafts';
import { Prediction } from '../../../shared/api/predictions';
import { TaskDetail } from '../../../shared/api/task-detail';
import { Task } from '../../../shared/api/tasks';
import {
  annotate,
  annotateEach,
  createProject,
  createTask,
  createTasks,
  exact,
  expectCountersConsistent,
  expectError,
  expectFieldError,
  expectStatus,
  httpJson,
  listTasks,
  sentimentData,
  sentimentResult,
  skip,
  startTestServer,
  tableCounts,
  withHttp,
  type TestServer,
  type TestUser,
} from '../../../../test/setup/api-helpers';

/** The create-task reference of api-contract.md §6, key for key. */
const TASK_KEYS = [
  'id',
  'data',
  'meta',
  'created_at',
  'updated_at',
  'is_labeled',
  'overlap',
  'inner_id',
  'total_annotations',
  'cancelled_annotations',
  'total_predictions',
  'comment_count',
  'unresolved_comment_count',
  'last_comment_updated_at',
  'project',
  'updated_by',
  'file_upload',
  'comment_authors',
];
const DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;

let s: TestServer;
let annotator: TestUser;
let reviewer: TestUser;
beforeAll(async () => {
  s = await startTestServer();
  annotator = await s.makeUser('annotator');
  reviewer = await s.makeUser('reviewer');
  await s.db.kysely
    .updateTable('users')
    .set({ first_name: 'Ada', last_name: 'Lovelace' })
    .where('id', '=', annotator.user.id)
    .execute();
});
afterAll(async () => s.close());

describe('POST /api/tasks', () => {
  it('creates a task with every field of the reference; overlap is the project maximum', async () => {
    const p = await createProject(s, 'sentiment', { maximum_annotations: 3 });
    const res = expectStatus(
      await s.request('POST', '/api/tasks/', {
        body: { project: p.id, data: { text: 'Hello' }, meta: { source: 'crawl', n: 1 } },
      }),
      201,
    );
    expect(Object.keys(res.body)).toEqual(TASK_KEYS);
    const t = exact(Task, res.body);
    expect(t).toMatchObject({
      data: { text: 'Hello' },
      meta: { source: 'crawl', n: 1 },
      is_labeled: false,
      overlap: 3,
      inner_id: 1,
      total_annotations: 0,
      cancelled_annotations: 0,
      total_predictions: 0,
      comment_count: 0,
      unresolved_comment_count: 0,
      last_comment_updated_at: null,
      project: p.id,
      updated_by: null,
      file_upload: null,
      comment_authors: [],
    });
    expect(t.created_at).toMatch(DATETIME);
    expect(t.updated_at).toBe(t.created_at);
    expect((await createTask(s, p.id)).meta).toEqual({});
    expect((await expectCountersConsistent(s, p.id)).task_number).toBe(2);
  });

  it('numbers inner_id 1, 2, 3… per project, independent of global ids', async () => {
    const [a, b] = [await createProject(s), await createProject(s)];
    const order = [a, b, a, a, b];
    const inner: Record<number, number[]> = { [a.id]: [], [b.id]: [] };
    for (const p of order) inner[p.id]!.push((await createTask(s, p.id)).inner_id);
    expect(inner[a.id]).toEqual([1, 2, 3]);
    expect(inner[b.id]).toEqual([1, 2]);
  });

  it('names what is wrong and creates nothing', async () => {
    const p = await createProject(s, 'multi');
    const before = await tableCounts(s.db);
    const missingProject = await s.request('POST', '/api/tasks', { body: { data: { body: 'x' } } });
    expectFieldError(missingProject, 'project');
    const unknown = await s.request('POST', '/api/tasks', {
      body: { project: 999_999, data: { body: 'x' } },
    });
    expectError(unknown, 404, 'No Project matches the given query.');
    // `$body` feeds the Text object; `$title` only a Header, so it is not required.
    const missingKey = await s.request('POST', '/api/tasks', {
      body: { project: p.id, data: { title: 't' } },
    });
    expect(expectFieldError(missingKey, 'data').join(' ')).toContain('"body"');
    expectStatus(
      await s.request('POST', '/api/tasks', { body: { project: p.id, data: { body: 'b' } } }),
      201,
    );
    const wrongTypes: [Record<string, unknown>, string][] = [
      [{ project: p.id, data: 'text' }, 'data'],
      [{ project: 'one', data: { body: 'x' } }, 'project'],
      [{ project: p.id, data: { body: 'x' }, meta: [] }, 'meta'],
    ];
    for (const [body, field] of wrongTypes) {
      expectFieldError(await s.request('POST', '/api/tasks', { body }), field);
    }
    expectFieldError(
      await s.request('POST', '/api/tasks', {
        body: { project: p.id, data: { body: 'x' }, bogus: 1 },
      }),
      'bogus',
    );
    const malformed = await s.request('POST', '/api/tasks', {
      rawBody: '{"project": 1, "data": {',
      headers: { 'content-type': 'application/json' },
    });
    expectError(malformed, 400, /^JSON parse error - /);
    const asAnnotator = await s.request('POST', '/api/tasks', {
      as: annotator,
      body: { project: p.id, data: { body: 'x' } },
    });
    expectError(asAnnotator, 403, 'You do not have permission to perform this action.');
    expect(await tableCounts(s.db)).toEqual({ ...before, tasks: before.tasks! + 1 });
    expect((await expectCountersConsistent(s, p.id)).task_number).toBe(1);
  });
});

describe('GET /api/tasks/{id}', () => {
  it('returns annotations (skips too) with completed_by expanded, predictions, own drafts, annotators', async () => {
    const p = await createProject(s, 'sentiment', { maximum_annotations: 2 });
    const t = await createTask(s, p.id);
    const first = await annotate(
      s,
      t.id,
      { result: sentimentResult(), lead_time: 4 },
      { as: annotator },
    );
    const skipped = await skip(s, t.id, { as: reviewer });
    expectStatus(
      await s.request('POST', '/api/predictions', {
        body: { task: t.id, result: sentimentResult('Neutral'), score: 0.5 },
      }),
      201,
    );
    expectStatus(
      await s.request('POST', `/api/tasks/${t.id}/drafts`, { body: { result: [] } }),
      201,
    );
    expectStatus(
      await s.request('POST', `/api/tasks/${t.id}/drafts`, { as: reviewer, body: { result: [] } }),
      201,
    );

    const res = expectStatus(await s.request('GET', `/api/tasks/${t.id}`), 200);
    const detail = exact(TaskDetail, res.body);
    const annotations = detail.annotations.map((a) => exact(AnnotationExpanded, a));
    expect(annotations.map((a) => [a.id, a.was_cancelled])).toEqual([
      [first.id, false],
      [skipped.id, true],
    ]);
    const by = annotations[0]!.completed_by!;
    expect(Object.keys(by).sort()).toEqual([
      'avatar',
      'email',
      'first_name',
      'id',
      'initials',
      'last_name',
    ]);
    expect(by).toEqual({
      id: annotator.user.id,
      first_name: 'Ada',
      last_name: 'Lovelace',
      email: annotator.user.email,
      avatar: null,
      initials: 'AL',
    });
    expect(annotations[1]!.completed_by!.initials).toBe(
      reviewer.user.email.slice(0, 2).toUpperCase(),
    );
    detail.predictions.forEach((x) => exact(Prediction, x));
    expect(detail.predictions.map((x) => x.score)).toEqual([0.5]);
    expect(detail.drafts.map((d) => exact(Draft, d).user)).toEqual([s.admin.user.email]);
    expect(detail.annotators.sort()).toEqual([annotator.user.id, reviewer.user.id].sort());
    expect(detail.avg_lead_time).toBe(4);
    expect(detail.completed_at).toBe(first.created_at);
    expect(detail).toMatchObject({
      total_annotations: 1,
      cancelled_annotations: 1,
      total_predictions: 1,
    });

    const own = exact(
      TaskDetail,
      expectStatus(await s.request('GET', `/api/tasks/${t.id}`, { as: annotator }), 200).body,
    );
    expect(own.annotations.map((a) => a.id)).toEqual([first.id]);
    expect(own.drafts).toEqual([]);
  });

  it('sends the stored data as it was written, escapes and emoji included', async () => {
    const p = await createProject(s, 'sentiment');
    const data = { text: 'Quote " backslash \\ tab \t emoji 👩‍💻 e\u0301', n: [1.5, -0, 1e21] };
    const t = exact(
      Task,
      expectStatus(await s.request('POST', '/api/tasks', { body: { project: p.id, data } }), 201)
        .body,
    );
    const res = expectStatus(await s.request('GET', `/api/tasks/${t.id}`), 200);
    expect(res.text.startsWith(`{"id":${t.id},"data":${JSON.stringify(data)},`)).toBe(true);
    expect(exact(TaskDetail, res.body).data).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('404s unknown and malformed ids', async () => {
    expectError(
      await s.request('GET', '/api/tasks/987654'),
      404,
      'No Task matches the given query.',
    );
    expectError(await s.request('GET', '/api/tasks/abc'), 404);
  });
});

describe('PATCH and DELETE /api/tasks/{id}', () => {
  it('replaces data and meta; checks data keys; admin only', async () => {
    const p = await createProject(s);
    const t = await createTask(s, p.id, { text: 'old' }, { a: 1 });
    const res = await s.request('PATCH', `/api/tasks/${t.id}/`, {
      body: { data: { text: 'new', extra: 2 } },
    });
    const patched = exact(Task, expectStatus(res, 200).body);
    expect(patched).toMatchObject({
      data: { text: 'new', extra: 2 },
      meta: { a: 1 },
      inner_id: t.inner_id,
    });
    expect(patched.updated_at > t.updated_at).toBe(true);
    const meta = exact(
      Task,
      expectStatus(
        await s.request('PATCH', `/api/tasks/${t.id}`, { body: { meta: { b: 2 } } }),
        200,
      ).body,
    );
    expect(meta).toMatchObject({ data: { text: 'new', extra: 2 }, meta: { b: 2 } });

    expectFieldError(
      await s.request('PATCH', `/api/tasks/${t.id}`, { body: { data: { other: 1 } } }),
      'data',
    );
    expectFieldError(await s.request('PATCH', `/api/tasks/${t.id}`, { body: { data: 5 } }), 'data');
    expectFieldError(await s.request('PATCH', `/api/tasks/${t.id}`, { body: { nope: 5 } }), 'nope');
    const other = await createProject(s);
    expectError(
      await s.request('PATCH', `/api/tasks/${t.id}`, { body: { project: other.id } }),
      400,
    );
    expectError(
      await s.request('PATCH', `/api/tasks/${t.id}`, { as: annotator, body: { meta: {} } }),
      403,
    );
    expectError(await s.request('PATCH', '/api/tasks/987654', { body: { meta: {} } }), 404);
    const after = exact(
      TaskDetail,
      expectStatus(await s.request('GET', `/api/tasks/${t.id}`), 200).body,
    );
    expect(after).toMatchObject({ data: { text: 'new', extra: 2 }, meta: { b: 2 }, project: p.id });
  });

  it('deletes a task with its annotations and predictions; counters follow', async () => {
    const p = await createProject(s);
    const [keep, gone] = await createTasks(s, p.id, 2);
    await annotate(s, keep!.id);
    await annotate(s, gone!.id, { result: sentimentResult(), ground_truth: true });
    await skip(s, gone!.id, { as: annotator });
    expectStatus(
      await s.request('POST', '/api/predictions', {
        body: { task: gone!.id, result: sentimentResult() },
      }),
      201,
    );
    expect(await expectCountersConsistent(s, p.id)).toMatchObject({
      task_number: 2,
      finished_task_number: 2,
      ground_truth_number: 1,
      skipped_annotations_number: 1,
      total_predictions_number: 1,
    });
    expectError(await s.request('DELETE', `/api/tasks/${gone!.id}`, { as: annotator }), 403);
    expectStatus(await s.request('DELETE', `/api/tasks/${gone!.id}/`), 204);
    expectError(await s.request('GET', `/api/tasks/${gone!.id}`), 404);
    expectError(await s.request('DELETE', `/api/tasks/${gone!.id}`), 404);
    expect(await expectCountersConsistent(s, p.id)).toEqual({
      task_number: 1,
      finished_task_number: 1,
      total_annotations_number: 1,
      skipped_annotations_number: 0,
      ground_truth_number: 0,
      useful_annotation_number: 1,
      num_tasks_with_annotations: 1,
      total_predictions_number: 0,
    });
  });
});

describe('GET /api/tasks?project=', () => {
  it('lists by id with page and page_size; a page past the end is 404', async () => {
    const p = await createProject(s);
    const tasks = await createTasks(s, p.id, 5);
    const ids = tasks.map((t) => t.id);
    const all = await listTasks(s, p.id);
    expect(all.tasks.map((t) => t.id)).toEqual(ids);
    all.tasks.forEach((t) => exact(Task, t));
    expect(all).toMatchObject({ total: 5, total_annotations: 0, total_predictions: 0 });
    const page2 = await s.request('GET', `/api/tasks?project=${p.id}&page=2&page_size=2`);
    expect(expectStatus(page2, 200).body.tasks.map((t: Task) => t.id)).toEqual(ids.slice(2, 4));
    const page3 = await s.request('GET', `/api/tasks/?project=${p.id}&page=3&page_size=2`);
    expect(expectStatus(page3, 200).body.tasks.map((t: Task) => t.id)).toEqual(ids.slice(4));
    expectError(
      await s.request('GET', `/api/tasks?project=${p.id}&page=4&page_size=2`),
      404,
      'Invalid page.',
    );
    expectError(await s.request('GET', '/api/tasks'), 404, 'Neither project nor view id specified');
    expectError(
      await s.request('GET', '/api/tasks?project=987654'),
      404,
      'No Project matches the given query.',
    );
    expectFieldError(
      await s.request('GET', `/api/tasks?project=${p.id}&page_size=1001`),
      'page_size',
    );
    expectFieldError(await s.request('GET', `/api/tasks?project=${p.id}&page=0`), 'page');
    expectFieldError(await s.request('GET', '/api/tasks?project=abc'), 'project');
    expect((await s.request('GET', '/api/tasks?project=99999999999')).status).toBeLessThan(500);
    expectError(await s.request('GET', '/api/tasks/99999999999'), 404);
    expectFieldError(await s.request('GET', `/api/tasks?project=${p.id}&fields=some`), 'fields');
    expectError(await s.request('GET', `/api/tasks?project=${p.id}`, { as: annotator }), 403);
  });

  it('fields=all adds annotations and predictions; long values are cut only without it', async () => {
    const p = await createProject(s);
    const long = 'a'.repeat(151) + '😀'.repeat(100);
    const t = await createTask(s, p.id, { text: long, short: 'kept' });
    const a = await annotate(s, t.id);
    const cancelled = await skip(s, t.id, { as: annotator });
    const pr = expectStatus(
      await s.request('POST', '/api/predictions', {
        body: { task: t.id, result: sentimentResult() },
      }),
      201,
    );

    const plain = (await listTasks(s, p.id)).tasks[0]!;
    expect(plain.annotations).toBeUndefined();
    const cut = plain.data.text as string;
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut.length).toBeGreaterThanOrEqual(199);
    expect(long.startsWith(cut)).toBe(true);
    expect(cut.isWellFormed()).toBe(true); // never half an emoji
    expect(plain.data.short).toBe('kept');

    const full = (await listTasks(s, p.id, '&fields=all')).tasks[0]!;
    expect(full.data.text).toBe(long);
    expect(full.annotations!.map((x) => exact(Annotation, x).id)).toEqual([a.id, cancelled.id]);
    expect(full.predictions!.map((x) => exact(Prediction, x).id)).toEqual([pr.body.id]);
    expect(exact(TaskDetail, (await s.request('GET', `/api/tasks/${t.id}`)).body).data.text).toBe(
      long,
    );
  });

  it('pages with the `after` cursor without skipping or repeating rows under writes', async () => {
    const p = await createProject(s);
    const original = (await createTasks(s, p.id, 7)).map((t) => t.id);
    const seen: number[] = [];
    let cursor: string | null | undefined = '';
    let added = 0;
    while (cursor !== null) {
      const res = await s.request(
        'GET',
        `/api/tasks?project=${p.id}&page_size=3${cursor ? `&after=${cursor}` : ''}`,
      );
      const body = expectStatus(res, 200).body as { tasks: Task[]; next_cursor: string | null };
      seen.push(...body.tasks.map((t) => t.id));
      cursor = body.next_cursor;
      // Writes between pages: a seen row disappears, a new one arrives at the end.
      if (added < 2) {
        expectStatus(await s.request('DELETE', `/api/tasks/${seen[added]}`), 204);
        added += 1;
        await createTask(s, p.id);
      }
    }
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, original.length)).toEqual(original);
    expect(seen).toHaveLength(original.length + 2);
    expectError(await s.request('GET', `/api/tasks?project=${p.id}&after=garbage`), 400);
  });
});

describe('DELETE /api/projects/{id}/tasks', () => {
  it('deletes every task of the project only; counters go to zero', async () => {
    const [p, other] = [await createProject(s), await createProject(s)];
    const [t1] = await createTasks(s, p.id, 3);
    await annotate(s, t1!.id);
    await skip(s, t1!.id, { as: annotator });
    const kept = await createTask(s, other.id, sentimentData(1));
    await annotate(s, kept.id);
    expectError(await s.request('DELETE', `/api/projects/${p.id}/tasks`, { as: annotator }), 403);
    expectStatus(await s.request('DELETE', `/api/projects/${p.id}/tasks/`), 204);
    expect((await listTasks(s, p.id)).tasks).toEqual([]);
    expect(Object.values(await expectCountersConsistent(s, p.id)).every((n) => n === 0)).toBe(true);
    expect(await expectCountersConsistent(s, other.id)).toMatchObject({
      task_number: 1,
      total_annotations_number: 1,
    });
    expectError(await s.request('DELETE', '/api/projects/987654/tasks'), 404);
  });
});

describe('deletes racing other writes (real HTTP)', () => {
  it('keeps counters exact when tasks are deleted while annotated, and while created', async () => {
    const p = await createProject(s, 'sentiment', { maximum_annotations: 2 });
    const tasks = await createTasks(s, p.id, 8);
    await withHttp(s, async (url) => {
      const ids = tasks.map((t) => t.id);
      const writes = [
        ...annotateEach(url, ids, [s.admin, annotator, reviewer], { result: sentimentResult() }),
        ...ids.map((id) => httpJson(`${url}/api/tasks/${id}`, s.admin, 'DELETE')),
      ];
      for (const r of await Promise.all(writes)) expect([201, 204, 404]).toContain(r.status);
      expect((await expectCountersConsistent(s, p.id)).task_number).toBe(0);

      for (let round = 0; round < 3; round++) {
        const creates = Array.from({ length: 12 }, (_, i) =>
          httpJson(`${url}/api/tasks`, s.admin, 'POST', { project: p.id, data: sentimentData(i) }),
        );
        const wipe = httpJson(`${url}/api/projects/${p.id}/tasks`, s.admin, 'DELETE');
        const statuses = (await Promise.all([...creates, wipe])).map((r) => r.status);
        expect(statuses.sort()).toEqual([...Array(12).fill(201), 204]);
        await expectCountersConsistent(s, p.id);
      }
    });
  });
});
