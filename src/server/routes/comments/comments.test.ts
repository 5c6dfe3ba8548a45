import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { Comment } from '../../../shared/api/comments';
import { Task } from '../../../shared/api/tasks';
import {
  annotate,
  createProject,
  createTask,
  exact,
  expectCountersConsistent,
  expectError,
  expectFieldError,
  expectStatus,
  makeReviewTeam,
  tableCounts,
  type TestUser,
} from '../../../../test/setup/api-helpers';
import { FORBIDDEN, useApi } from '../../../../test/setup/api';

/** The comment object of api-contract.md §12, key for key. */
const COMMENT_KEYS = [
  'id',
  'text',
  'annotation',
  'task',
  'created_by',
  'created_at',
  'updated_at',
  'is_resolved',
  'resolved_at',
  'region_ref',
];

// Every request is checked: never a 5xx, every error in the contract's body (test/setup/api.ts).
const s = useApi();
let ann: TestUser;
let ann2: TestUser;
let rev: TestUser;
let rev2: TestUser;
beforeAll(async () => {
  ({ ann, ann2, rev, rev2 } = await makeReviewTeam(s));
});

async function comment(body: Record<string, unknown>, as: TestUser = rev) {
  const res = expectStatus(await s.request('POST', '/api/comments', { as, body }), 201);
  expect(Object.keys(res.body)).toEqual(COMMENT_KEYS);
  return exact(Comment, res.body);
}

const patch = (id: number, body: unknown, as: TestUser = rev) =>
  s.request('PATCH', `/api/comments/${id}`, { as, body });

async function patched(id: number, body: Record<string, unknown>, as: TestUser = rev) {
  return exact(Comment, expectStatus(await patch(id, body, as), 200).body);
}

const list = async (query: string, as: TestUser = rev) =>
  (
    expectStatus(await s.request('GET', `/api/comments?${query}`, { as }), 200).body as unknown[]
  ).map((c) => exact(Comment, c));

const TaskComments = Task.pick({
  comment_count: true,
  unresolved_comment_count: true,
  last_comment_updated_at: true,
  comment_authors: true,
});

/** The comment fields of the task as the API shows them. */
const taskComments = async (taskId: number) =>
  TaskComments.parse(expectStatus(await s.request('GET', `/api/tasks/${taskId}`), 200).body);

const commentCount = async () => {
  const { rows } = await sql<{ n: number }>`select count(*) as n from comments`.execute(
    s.db.kysely,
  );
  return Number(rows[0]!.n);
};

/** A task with one annotation by `ann` and one by `ann2`. */
async function setup() {
  const p = await createProject(s, 'sentiment', { maximum_annotations: 2 });
  const t = await createTask(s, p.id);
  const mine = await annotate(s, t.id, undefined, { as: ann });
  const theirs = await annotate(s, t.id, undefined, { as: ann2 });
  return { p, t, mine, theirs };
}

describe('POST /api/comments', () => {
  it('stores the comment and moves the task’s comment counters in the same write', async () => {
    const { p, t, mine } = await setup();
    expect(await taskComments(t.id)).toEqual({
      comment_count: 0,
      unresolved_comment_count: 0,
      last_comment_updated_at: null,
      comment_authors: [],
    });
    const c1 = await comment({ annotation: mine.id, text: 'Is this positive?' });
    expect(c1).toMatchObject({
      text: 'Is this positive?',
      annotation: mine.id,
      task: t.id,
      created_by: rev.user.id,
      is_resolved: false,
      resolved_at: null,
      region_ref: null,
    });
    expect(c1.updated_at).toBe(c1.created_at);
    expect(await taskComments(t.id)).toEqual({
      comment_count: 1,
      unresolved_comment_count: 1,
      last_comment_updated_at: c1.updated_at,
      comment_authors: [rev.user.id],
    });
    // The author answers on their own annotation, pointing at a region.
    const c2 = await comment(
      { annotation: mine.id, text: 'Yes', region_ref: { id: 'Xk3_9aPq-2', from_name: 'x' } },
      ann,
    );
    expect(c2.region_ref).toEqual({ id: 'Xk3_9aPq-2', from_name: 'x' });
    const c3 = await comment({ annotation: mine.id, text: 'ok', region_ref: 'Xk3' }, rev);
    expect(c3.region_ref).toBe('Xk3');
    expect(await taskComments(t.id)).toEqual({
      comment_count: 3,
      unresolved_comment_count: 3,
      last_comment_updated_at: c3.updated_at,
      comment_authors: [ann.user.id, rev.user.id].sort((a, b) => a - b),
    });
    // Comments touch no annotation counter.
    await expectCountersConsistent(s, p.id);
    expect(
      exact(Comment, expectStatus(await s.request('GET', `/api/comments/${c2.id}`), 200).body),
    ).toEqual(c2);
  });

  it('lets annotators comment on their own annotations only', async () => {
    const { theirs } = await setup();
    const before = await commentCount();
    expectError(
      await s.request('POST', '/api/comments', {
        as: ann,
        body: { annotation: theirs.id, text: 'hi' },
      }),
      404,
      'No Annotation matches the given query.',
    );
    expectError(
      await s.request('POST', '/api/comments', {
        as: rev,
        body: { annotation: 987654, text: 'hi' },
      }),
      404,
    );
    // A project the reviewer cannot see hides its annotations.
    const hidden = await createProject(s, 'sentiment', { members: [ann.user.id] });
    const ha = await annotate(s, (await createTask(s, hidden.id)).id, undefined, { as: ann });
    expectError(
      await s.request('POST', '/api/comments', { as: rev, body: { annotation: ha.id, text: 'x' } }),
      404,
    );
    expect(await commentCount()).toBe(before);
    expect((await comment({ annotation: ha.id, text: 'note to self' }, ann)).created_by).toBe(
      ann.user.id,
    );
  });

  it('refuses bad input with the contract body and writes nothing', async () => {
    const { t, mine } = await setup();
    const before = { rows: await tableCounts(s.db), comments: await commentCount() };
    const counters = await taskComments(t.id);
    const fields: [unknown, string][] = [
      [{ annotation: mine.id }, 'text'],
      [{ annotation: mine.id, text: '' }, 'text'],
      [{ annotation: mine.id, text: ' \n\t ' }, 'text'],
      [{ annotation: mine.id, text: 'x'.repeat(10_001) }, 'text'],
      [{ annotation: mine.id, text: 5 }, 'text'],
      [{ text: 'hi' }, 'annotation'],
      [{ annotation: 'one', text: 'hi' }, 'annotation'],
      [{ annotation: 99_999_999_999, text: 'hi' }, 'annotation'],
      [{ annotation: mine.id, text: 'hi', task: t.id }, 'task'],
      [{ annotation: mine.id, text: 'hi', region_ref: 7 }, 'region_ref'],
      [{ annotation: mine.id, text: 'hi', region_ref: '' }, 'region_ref'],
      [{ annotation: mine.id, text: 'hi', region_ref: { blob: 'x'.repeat(3000) } }, 'region_ref'],
    ];
    for (const [body, field] of fields) {
      expectFieldError(await s.request('POST', '/api/comments', { as: rev, body }), field);
    }
    const json = { 'content-type': 'application/json' };
    expectError(
      await s.request('POST', '/api/comments', { as: rev, rawBody: '{"text": ', headers: json }),
      400,
      /^JSON parse error - /,
    );
    expectError(
      await s.request('POST', '/api/comments', { as: rev, rawBody: '"hi"', headers: json }),
      400,
    );
    expectError(
      await s.request('POST', '/api/comments', {
        as: null,
        body: { annotation: mine.id, text: 'x' },
      }),
      401,
    );
    expect({ rows: await tableCounts(s.db), comments: await commentCount() }).toEqual(before);
    expect(await taskComments(t.id)).toEqual(counters);
    // The limit counts characters (code points): 10,000 emoji fit.
    const long = '🍓'.repeat(10_000);
    expect((await comment({ annotation: mine.id, text: long })).text).toBe(long);
  });
});

describe('GET /api/comments', () => {
  it('lists by annotation or task; an annotator sees only those on their own annotations', async () => {
    const { t, mine, theirs } = await setup();
    const onMine = await comment({ annotation: mine.id, text: 'a' });
    const onTheirs = await comment({ annotation: theirs.id, text: 'b' }, rev2);
    const reply = await comment({ annotation: mine.id, text: 'c' }, ann);
    const ids = (cs: Comment[]) => cs.map((c) => c.id);
    expect(ids(await list(`task=${t.id}`))).toEqual([onMine.id, onTheirs.id, reply.id]);
    expect(ids(await list(`task=${t.id}`, s.admin))).toEqual([onMine.id, onTheirs.id, reply.id]);
    expect(ids(await list(`annotation=${mine.id}`))).toEqual([onMine.id, reply.id]);
    expect(ids(await list(`annotation=${mine.id}&task=${t.id}`))).toEqual([onMine.id, reply.id]);
    expect(ids(await list(`task=${t.id}`, ann))).toEqual([onMine.id, reply.id]);
    expect(ids(await list(`annotation=${mine.id}`, ann))).toEqual([onMine.id, reply.id]);
    expect(ids(await list(`task=${t.id}`, ann2))).toEqual([onTheirs.id]);
    expectError(await s.request('GET', `/api/comments?annotation=${theirs.id}`, { as: ann }), 404);
    expectError(
      await s.request('GET', `/api/comments/${onTheirs.id}`, { as: ann }),
      404,
      'No Comment matches the given query.',
    );
    const other = await createTask(s, t.project);
    expect(await list(`task=${other.id}`)).toEqual([]);
    expectFieldError(
      await s.request('GET', `/api/comments?annotation=${mine.id}&task=${other.id}`, { as: rev }),
      'annotation',
    );
    expectFieldError(await s.request('GET', '/api/comments', { as: rev }), 'annotation');
    expectFieldError(await s.request('GET', '/api/comments?task=abc', { as: rev }), 'task');
    expectError(await s.request('GET', '/api/comments?task=987654', { as: rev }), 404);
    expectError(await s.request('GET', '/api/comments?annotation=987654', { as: rev }), 404);
    expectError(await s.request('GET', '/api/comments/987654', { as: rev }), 404);
    expectError(await s.request('GET', '/api/comments/abc', { as: rev }), 404);
  });
});

describe('PATCH /api/comments/{id}', () => {
  it('edits text (author only) and resolves (author, reviewer, admin); counters follow', async () => {
    const { p, t, mine } = await setup();
    const c = await comment({ annotation: mine.id, text: 'Check the label' });
    const reply = await comment({ annotation: mine.id, text: 'Done?' }, ann);
    // Text is the author's.
    const edited = await patched(c.id, { text: 'Check the label, please' });
    expect(edited.text).toBe('Check the label, please');
    expect(edited.updated_at > c.updated_at).toBe(true);
    expect((await taskComments(t.id)).last_comment_updated_at).toBe(edited.updated_at);
    expectError(await patch(c.id, { text: 'mine now' }, rev2), 403, FORBIDDEN);
    expectError(await patch(c.id, { text: 'mine now' }, s.admin), 403, FORBIDDEN);
    expectError(await patch(c.id, { text: 'mine now' }, ann), 403, FORBIDDEN);
    // The annotation's author may not resolve the reviewer's comment; another reviewer may.
    expectError(await patch(c.id, { is_resolved: true }, ann), 403, FORBIDDEN);
    const resolved = await patched(c.id, { is_resolved: true }, rev2);
    expect(resolved).toMatchObject({ is_resolved: true, text: 'Check the label, please' });
    expect(resolved.resolved_at).toBe(resolved.updated_at);
    expect(await taskComments(t.id)).toEqual({
      comment_count: 2,
      unresolved_comment_count: 1,
      last_comment_updated_at: resolved.updated_at,
      comment_authors: [ann.user.id, rev.user.id].sort((a, b) => a - b),
    });
    // Resolving again changes nothing; the echoed object (read-only keys) passes.
    expect(await patched(c.id, { ...resolved, is_resolved: true })).toEqual(resolved);
    // Annotators resolve their own comments; an admin anyone's.
    expect((await patched(reply.id, { is_resolved: true }, ann)).is_resolved).toBe(true);
    expect((await taskComments(t.id)).unresolved_comment_count).toBe(0);
    const reopened = await patched(c.id, { is_resolved: false }, s.admin);
    expect(reopened).toMatchObject({ is_resolved: false, resolved_at: null });
    expect((await taskComments(t.id)).unresolved_comment_count).toBe(1);
    await expectCountersConsistent(s, p.id);
  });

  it('refuses bad input and hidden or unknown comments, writing nothing', async () => {
    const { t, mine, theirs } = await setup();
    const c = await comment({ annotation: mine.id, text: 'x' });
    const onTheirs = await comment({ annotation: theirs.id, text: 'y' });
    const counters = await taskComments(t.id);
    const fields: [unknown, string][] = [
      [{ text: '' }, 'text'],
      [{ text: '   ' }, 'text'],
      [{ text: 'x'.repeat(10_001) }, 'text'],
      [{ text: null }, 'text'],
      [{ is_resolved: 'yes' }, 'is_resolved'],
      [{ colour: 'red' }, 'colour'],
    ];
    for (const [body, field] of fields) expectFieldError(await patch(c.id, body), field);
    expectError(
      await s.request('PATCH', `/api/comments/${c.id}`, {
        as: rev,
        rawBody: '{',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      /^JSON parse error - /,
    );
    expectError(await patch(987654, { is_resolved: true }), 404);
    expectError(await patch(onTheirs.id, { is_resolved: true }, ann), 404);
    expect(await taskComments(t.id)).toEqual(counters);
    expect(
      exact(Comment, expectStatus(await s.request('GET', `/api/comments/${c.id}`), 200).body),
    ).toEqual(c);
  });
});

describe('DELETE /api/comments/{id}', () => {
  it('is for the author or an admin; counters and authors follow', async () => {
    const { t, mine, theirs } = await setup();
    const c1 = await comment({ annotation: mine.id, text: 'one' });
    const c2 = await comment({ annotation: mine.id, text: 'two' }, ann);
    const c3 = await comment({ annotation: theirs.id, text: 'three' }, rev2);
    expectError(await s.request('DELETE', `/api/comments/${c1.id}`, { as: rev2 }), 403, FORBIDDEN);
    expectError(await s.request('DELETE', `/api/comments/${c1.id}`, { as: ann }), 403, FORBIDDEN);
    expectError(await s.request('DELETE', `/api/comments/${c3.id}`, { as: ann }), 404);
    expectError(await s.request('DELETE', '/api/comments/987654', { as: rev }), 404);
    expect((await taskComments(t.id)).comment_count).toBe(3);
    expectStatus(await s.request('DELETE', `/api/comments/${c3.id}`, { as: rev2 }), 204);
    expect(await taskComments(t.id)).toEqual({
      comment_count: 2,
      unresolved_comment_count: 2,
      last_comment_updated_at: c2.updated_at,
      comment_authors: [ann.user.id, rev.user.id].sort((a, b) => a - b),
    });
    expectStatus(await s.request('DELETE', `/api/comments/${c2.id}/`, { as: s.admin }), 204);
    expect(await taskComments(t.id)).toEqual({
      comment_count: 1,
      unresolved_comment_count: 1,
      last_comment_updated_at: c1.updated_at,
      comment_authors: [rev.user.id],
    });
    expectError(await s.request('DELETE', `/api/comments/${c2.id}`), 404);
  });

  it('goes with its annotation, and the task’s counters follow', async () => {
    const { t, mine, theirs } = await setup();
    await comment({ annotation: mine.id, text: 'on mine' });
    const kept = await comment({ annotation: theirs.id, text: 'on theirs' }, rev2);
    expectStatus(await s.request('DELETE', `/api/annotations/${mine.id}`, { as: ann }), 204);
    expect(await taskComments(t.id)).toEqual({
      comment_count: 1,
      unresolved_comment_count: 1,
      last_comment_updated_at: kept.updated_at,
      comment_authors: [rev2.user.id],
    });
    expect((await list(`task=${t.id}`)).map((c) => c.id)).toEqual([kept.id]);
  });

  it('shows in the JSON export through the task fields', async () => {
    const { p, t, mine } = await setup();
    const c = await comment({ annotation: mine.id, text: 'export me' });
    const res = expectStatus(
      await s.request('GET', `/api/projects/${p.id}/export?exportType=JSON`, { as: rev }),
      200,
    );
    const [task] = JSON.parse(res.text) as Record<string, unknown>[];
    expect(task).toMatchObject({
      id: t.id,
      comment_count: 1,
      unresolved_comment_count: 1,
      last_comment_updated_at: c.updated_at,
      comment_authors: [rev.user.id],
    });
  });
});
