import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { Annotation, ConflictBody } from '../../../shared/api/annotations';
import { Review, ReviewNext, ReviewQueuePage } from '../../../shared/api/reviews';
import { NextTask } from '../../../shared/api/stream';
import {
  annotate,
  createProject,
  createTask,
  createTasks,
  exact,
  expectCountersConsistent,
  expectError,
  expectFieldError,
  expectStatus,
  makeReviewTeam,
  fixtureTasks,
  getProject,
  sentimentResult,
  skip,
  tableCounts,
  type TestUser,
} from '../../../../test/setup/api-helpers';
import { FORBIDDEN, useApi } from '../../../../test/setup/api';

/** The review object of api-contract.md §12, key for key. */
const REVIEW_KEYS = [
  'id',
  'annotation',
  'created_by',
  'created_at',
  'accepted',
  'action',
  'comment',
  'fixed_annotation',
];
const NOTHING_TO_REVIEW = 'No annotations to review';

// Every request is checked: never a 5xx, every error in the contract's body (test/setup/api.ts).
const s = useApi();
let ann: TestUser;
let ann2: TestUser;
let rev: TestUser;
let rev2: TestUser;
beforeAll(async () => {
  ({ ann, ann2, rev, rev2 } = await makeReviewTeam(s));
});

const post = (id: number, body: unknown, as: TestUser = rev, headers?: Record<string, string>) =>
  s.request('POST', `/api/annotations/${id}/review`, { as, body, ...(headers ? { headers } : {}) });

async function review(id: number, body: Record<string, unknown>, as: TestUser = rev) {
  const res = expectStatus(await post(id, body, as), 201);
  expect(Object.keys(res.body)).toEqual(REVIEW_KEYS);
  return exact(Review, res.body);
}

const getAnnotation = async (id: number, as: TestUser = s.admin) =>
  exact(
    Annotation,
    expectStatus(await s.request('GET', `/api/annotations/${id}`, { as }), 200).body,
  );

const reviewsOf = async (id: number, as: TestUser = rev) =>
  (
    expectStatus(await s.request('GET', `/api/annotations/${id}/reviews`, { as }), 200)
      .body as unknown[]
  ).map((r) => exact(Review, r));

const isLabeled = async (taskId: number) =>
  (await s.request('GET', `/api/tasks/${taskId}`)).body.is_labeled as boolean;

async function count(table: 'reviews' | 'comments'): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
    s.db.kysely,
  );
  return Number(rows[0]!.n);
}

/** Everything a refused write could have touched: rows, reviews and the project's counters. */
const snapshot = async (projectId: number) => ({
  tables: await tableCounts(s.db),
  reviews: await count('reviews'),
  counters: await expectCountersConsistent(s, projectId),
});

async function next(projectId: number, as: TestUser) {
  return exact(
    NextTask,
    expectStatus(await s.request('GET', `/api/projects/${projectId}/next`, { as }), 200).body,
  );
}
const noTasks = async (projectId: number, as: TestUser) =>
  expectError(
    await s.request('GET', `/api/projects/${projectId}/next`, { as }),
    404,
    `There are no tasks for ${as.user.email}`,
  );

async function reviewNext(projectId: number, query = '', as: TestUser = rev) {
  const res = await s.request('GET', `/api/projects/${projectId}/review/next${query}`, { as });
  return exact(ReviewNext, expectStatus(res, 200).body);
}
const nothingToReview = async (projectId: number, query = '') =>
  expectError(
    await s.request('GET', `/api/projects/${projectId}/review/next${query}`, { as: rev }),
    404,
    NOTHING_TO_REVIEW,
  );

const queue = async (projectId: number, query = '', as: TestUser = rev) =>
  exact(
    ReviewQueuePage,
    expectStatus(
      await s.request('GET', `/api/projects/${projectId}/review/queue${query}`, { as }),
      200,
    ).body,
  );

/** A one-task project annotated by `ann` through the stream (labeled with overlap 1). */
async function labeledByAnn(settings: Record<string, unknown> = {}) {
  const p = await createProject(s, 'sentiment', settings);
  const t = await createTask(s, p.id);
  expect((await next(p.id, ann)).id).toBe(t.id);
  const a = await annotate(s, t.id, { result: sentimentResult() }, { as: ann });
  return { p, t, a };
}

describe('POST /api/annotations/{id}/review', () => {
  it('accepts: the review object, last_action and last_created_by, a new version', async () => {
    const { p, a } = await labeledByAnn();
    const before = await snapshot(p.id);
    const r = await review(a.id, { action: 'accept', comment: 'Looks right' });
    expect(r).toMatchObject({
      annotation: a.id,
      created_by: rev.user.id,
      accepted: true,
      action: 'accept',
      comment: 'Looks right',
      fixed_annotation: null,
    });
    expect(r.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    const after = await getAnnotation(a.id);
    // Only the review fields move; the annotation is otherwise as its author left it.
    expect(after).toEqual({
      ...a,
      last_action: 'accepted',
      last_created_by: rev.user.id,
      updated_at: after.updated_at,
    });
    expect(after.updated_at > a.updated_at).toBe(true);
    expect(await reviewsOf(a.id)).toEqual([r]);
    // Accepting changes no counter: the annotation was finished and stays so.
    expect(await expectCountersConsistent(s, p.id)).toEqual(before.counters);
    // A blank comment is stored as none.
    const { a: b } = await labeledByAnn();
    expect((await review(b.id, { action: 'accept', comment: '  ' })).comment).toBeNull();
    expect((await review(b.id, { action: 'accept', comment: null }, s.admin)).created_by).toBe(
      s.admin.user.id,
    );
  });

  it('is for reviewers and admins only; hidden or unknown annotations are 404', async () => {
    const { p, a } = await labeledByAnn();
    // A project the reviewer is not a member of hides its annotations.
    const hidden = await createProject(s, 'sentiment', { members: [ann.user.id] });
    const ha = await annotate(s, (await createTask(s, hidden.id)).id, undefined, { as: ann });
    const before = await snapshot(p.id);
    expectError(await post(a.id, { action: 'accept' }, ann), 403, FORBIDDEN);
    expectError(await post(a.id, { action: 'accept' }, ann2), 403, FORBIDDEN);
    expectError(await post(987654, { action: 'accept' }, ann), 403, FORBIDDEN);
    expectError(
      await post(987654, { action: 'accept' }),
      404,
      'No Annotation matches the given query.',
    );
    expectError(await post(99_999_999_999, { action: 'accept' }), 404);
    expectError(
      await s.request('POST', '/api/annotations/x/review', { as: rev, body: { action: 'accept' } }),
      404,
    );
    expectError(
      await s.request('POST', `/api/annotations/${a.id}/review`, {
        as: null,
        body: { action: 'accept' },
      }),
      401,
    );
    expectError(await post(ha.id, { action: 'accept' }), 404);
    expectError(await s.request('GET', `/api/annotations/${ha.id}/reviews`, { as: rev }), 404);
    expectError(await s.request('GET', `/api/projects/${hidden.id}/review/next`, { as: rev }), 404);
    expect(await snapshot(p.id)).toEqual(before);
  });

  it('refuses bad input with the contract body and writes nothing', async () => {
    const { p, a } = await labeledByAnn();
    const skipped = await skip(s, (await createTask(s, p.id)).id, { as: ann });
    const before = await snapshot(p.id);
    const json = { 'content-type': 'application/json' };
    expectError(
      await s.request('POST', `/api/annotations/${a.id}/review`, {
        as: rev,
        rawBody: '{"action": "acc',
        headers: json,
      }),
      400,
      /^JSON parse error - /,
    );
    expectError(
      await s.request('POST', `/api/annotations/${a.id}/review`, {
        as: rev,
        rawBody: '[]',
        headers: json,
      }),
      400,
    );
    const fields: [unknown, string][] = [
      [{}, 'action'],
      [{ action: 'approve' }, 'action'],
      [{ action: 1 }, 'action'],
      [{ action: 'accept', colour: 'red' }, 'colour'],
      [{ action: 'accept', comment: 5 }, 'comment'],
      [{ action: 'accept', comment: 'x'.repeat(10_001) }, 'comment'],
      [{ action: 'fix' }, 'result'],
      [{ action: 'fix', result: 'Positive' }, 'result'],
      [{ action: 'accept', result: sentimentResult() }, 'result'],
      [{ action: 'reject', updated_at: 7 }, 'updated_at'],
    ];
    for (const [body, field] of fields) expectFieldError(await post(a.id, body), field);
    // A fix's result is checked against the config like any annotation's.
    const bad = await post(a.id, {
      action: 'fix',
      result: sentimentResult().map((r) => ({ ...r, value: { choices: ['Great'] } })),
    });
    expect(Object.keys(expectError(bad, 400, 'Validation error').validation_errors ?? {})).toEqual([
      'result[0].value.choices',
    ]);
    expectError(await post(a.id, { action: 'accept' }, rev, { 'if-match': '"yesterday"' }), 400);
    expectFieldError(await post(skipped.id, { action: 'reject' }), 'non_field_errors');
    // Exactly 10,000 characters (an emoji is one) is fine.
    expect(await snapshot(p.id)).toEqual(before);
    const long = `${'x'.repeat(9_999)}🍓`;
    expect((await review(a.id, { action: 'accept', comment: long })).comment).toBe(long);
  });

  it('answers a stale version with 409 and the current annotation, writing nothing', async () => {
    const { p, a } = await labeledByAnn();
    const seen = a.updated_at;
    // The author changes it after the reviewer opened it.
    expectStatus(
      await s.request('PATCH', `/api/annotations/${a.id}`, {
        as: ann,
        body: { result: sentimentResult('Neutral') },
      }),
      200,
    );
    const current = await getAnnotation(a.id);
    const before = await snapshot(p.id);
    for (const res of [
      await post(a.id, { action: 'reject', updated_at: seen }),
      await post(a.id, { action: 'accept' }, rev, { 'if-match': `"${seen}"` }),
      await post(a.id, { action: 'fix', result: sentimentResult(), updated_at: seen }),
    ]) {
      const body = ConflictBody.parse(expectStatus(res, 409).body);
      expect(body.detail).toBe('Annotation was changed by someone else.');
      expect({ ...body.current, created_ago: current.created_ago }).toEqual(current);
    }
    expect(await snapshot(p.id)).toEqual(before);
    expect(await getAnnotation(a.id)).toEqual(current);
    // The version the reviewer has now passes, in either form; the review makes a new one.
    const ok = await review(a.id, { action: 'accept', updated_at: current.updated_at });
    expect(ok.action).toBe('accept');
    expectStatus(
      await post(a.id, { action: 'reject' }, rev2, { 'if-match': `"${current.updated_at}"` }),
      409,
    );
    const latest = await getAnnotation(a.id);
    expectStatus(
      await post(a.id, { action: 'reject' }, rev2, { 'if-match': `"${latest.updated_at}"` }),
      201,
    );
  });
});

describe('reject: back to the annotator', () => {
  it('un-finishes the annotation and gives the task back to its author only', async () => {
    const { p, t, a } = await labeledByAnn();
    const other = await createTask(s, p.id);
    expect(await isLabeled(t.id)).toBe(true);
    expect((await getProject(s, p.id)).finished_task_number).toBe(1);
    const r = await review(a.id, { action: 'reject', comment: 'Not positive' });
    expect(r).toMatchObject({ accepted: false, action: 'reject', comment: 'Not positive' });
    expect(await getAnnotation(a.id)).toMatchObject({
      last_action: 'rejected',
      last_created_by: rev.user.id,
    });
    // Rule: a rejected annotation is not finished, so the task is not labeled...
    expect(await isLabeled(t.id)).toBe(false);
    const counters = await expectCountersConsistent(s, p.id);
    expect(counters).toMatchObject({
      finished_task_number: 0,
      total_annotations_number: 1,
      useful_annotation_number: 1,
    });
    // ...but it keeps its place for its author: another annotator is not offered it.
    expect((await next(p.id, ann2)).id).toBe(other.id);
    // Its author gets it back first, with the rejected annotation to correct.
    const back = await next(p.id, ann);
    expect([back.id, back.queue]).toEqual([t.id, 'Rework queue']);
    expect(back.annotations.map((x) => x.id)).toEqual([a.id]);
    expect(back.annotations[0]!.last_action).toBe('rejected');
    // A reload returns the same lock, still with the annotation.
    const again = await next(p.id, ann);
    expect([again.id, again.queue, again.unique_lock_id]).toEqual([
      t.id,
      'Task lock',
      back.unique_lock_id,
    ]);
    expect(again.annotations.map((x) => x.id)).toEqual([a.id]);
    // It is reviewed: not in the review queue.
    await nothingToReview(p.id);

    // The author submits it again: finished, labeled, waiting for review, lock released.
    const fixed = exact(
      Annotation,
      expectStatus(
        await s.request('PATCH', `/api/annotations/${a.id}`, {
          as: ann,
          body: {
            result: sentimentResult('Negative'),
            updated_at: back.annotations[0]!.updated_at,
          },
        }),
        200,
      ).body,
    );
    expect(fixed.last_action).toBe('updated');
    expect(await isLabeled(t.id)).toBe(true);
    expect((await expectCountersConsistent(s, p.id)).finished_task_number).toBe(1);
    expect((await reviewNext(p.id)).annotation.id).toBe(a.id);
    const locks = await s.db.kysely
      .selectFrom('task_locks')
      .select('user_id')
      .where('task_id', '=', t.id)
      .execute();
    expect(locks).toEqual([]);
    // ann2 holds `other`; ann has nothing left.
    await noTasks(p.id, ann);
    // The history stays readable to the author.
    expect((await reviewsOf(a.id, ann)).map((x) => x.action)).toEqual(['reject']);
  });

  it('frees the place when the author answers with a new annotation or a skip instead', async () => {
    const { p, t, a } = await labeledByAnn({ maximum_annotations: 2 });
    await review(a.id, { action: 'reject' });
    // Overlap 2: one place is ann's (rework), one is open for others.
    expect((await next(p.id, ann2)).id).toBe(t.id);
    expect((await next(p.id, ann)).queue).toBe('Rework queue');
    // ann submits a fresh annotation (an LS client would): the rejection is answered.
    const fresh = await annotate(s, t.id, { result: sentimentResult('Neutral') }, { as: ann });
    expect(await isLabeled(t.id)).toBe(false); // 1 finished of 2 (the rejected one does not count)
    let counters = await expectCountersConsistent(s, p.id);
    expect(counters).toMatchObject({ total_annotations_number: 2, finished_task_number: 0 });
    await noTasks(p.id, ann);
    // ann2, who holds the task, completes it.
    await annotate(s, t.id, undefined, { as: ann2 });
    expect(await isLabeled(t.id)).toBe(true);
    counters = await expectCountersConsistent(s, p.id);
    expect(counters.finished_task_number).toBe(1);
    expect((await reviewNext(p.id)).annotation.id).toBe(fresh.id);

    // A skip answers a rejection too, and gives the place back to the others.
    const { p: q, t: u, a: b } = await labeledByAnn();
    await review(b.id, { action: 'reject' });
    expect((await next(q.id, ann)).queue).toBe('Rework queue');
    await skip(s, u.id, { as: ann });
    await noTasks(q.id, ann);
    expect((await next(q.id, ann2)).id).toBe(u.id);
    await expectCountersConsistent(s, q.id);
  });

  it('brings back only the rejection still open when several were made', async () => {
    const { p, t, a } = await labeledByAnn();
    await review(a.id, { action: 'reject' });
    const b = await annotate(s, t.id, { result: sentimentResult('Neutral') }, { as: ann });
    await noTasks(p.id, ann);
    await review(b.id, { action: 'reject' });
    const back = await next(p.id, ann);
    expect([back.id, back.queue]).toEqual([t.id, 'Rework queue']);
    expect(back.annotations.map((x) => x.id)).toEqual([b.id]);
    await expectCountersConsistent(s, p.id);
  });

  it('counts as finished again when the rejection is deleted', async () => {
    const { p, t, a } = await labeledByAnn();
    expect(await isLabeled(t.id)).toBe(true);
    const r = await review(a.id, { action: 'reject' });
    expect(await isLabeled(t.id)).toBe(false);
    expectStatus(await s.request('DELETE', `/api/reviews/${r.id}`, { as: rev }), 204);
    expect(await isLabeled(t.id)).toBe(true);
    expect((await expectCountersConsistent(s, p.id)).finished_task_number).toBe(1);
    await noTasks(p.id, ann);
    // Back in the review queue, with the deletion recorded.
    expect((await reviewNext(p.id)).annotation).toMatchObject({
      id: a.id,
      last_action: 'deleted_review',
    });
  });

  it('follows IGNORE_SKIPPED projects too', async () => {
    const { p, t, a } = await labeledByAnn({ skip_queue: 'IGNORE_SKIPPED' });
    expect(await isLabeled(t.id)).toBe(true);
    await review(a.id, { action: 'reject' });
    expect(await isLabeled(t.id)).toBe(false);
    await expectCountersConsistent(s, p.id);
  });
});

describe('fix', () => {
  it('stores the reviewer’s corrected copy through the ordinary create; the original stays', async () => {
    const { p, t, a } = await labeledByAnn();
    const before = await expectCountersConsistent(s, p.id);
    const r = await review(a.id, {
      action: 'fix',
      result: sentimentResult('Negative'),
      comment: 'Negative',
    });
    expect(r).toMatchObject({ action: 'fix', accepted: true, annotation: a.id });
    expect(r.fixed_annotation).not.toBeNull();
    const copy = await getAnnotation(r.fixed_annotation!);
    expect(copy).toMatchObject({
      result: sentimentResult('Negative'),
      completed_by: rev.user.id,
      parent_annotation: a.id,
      last_action: 'fixed_and_accepted',
      last_created_by: rev.user.id,
      task: t.id,
      was_cancelled: false,
      ground_truth: false,
    });
    expect(await getAnnotation(a.id)).toMatchObject({
      result: sentimentResult(),
      last_action: 'fixed_and_accepted',
      last_created_by: rev.user.id,
    });
    // Counters as for any create: one more annotation, the task stays labeled.
    const after = await expectCountersConsistent(s, p.id);
    expect(after).toEqual({
      ...before,
      total_annotations_number: before.total_annotations_number + 1,
      useful_annotation_number: before.useful_annotation_number + 1,
    });
    expect((await s.request('GET', `/api/tasks/${t.id}`)).body).toMatchObject({
      total_annotations: 2,
      is_labeled: true,
      updated_by: rev.user.id,
    });
    // Neither waits for review.
    await nothingToReview(p.id);
    expect(await reviewsOf(copy.id)).toEqual([]);
    // Deleting the copy keeps the review, without its copy.
    expectStatus(await s.request('DELETE', `/api/annotations/${copy.id}`), 204);
    expect((await reviewsOf(a.id))[0]!.fixed_annotation).toBeNull();
    await expectCountersConsistent(s, p.id);
  });

  it('refuses an empty fix where the project wants a result, writing nothing', async () => {
    const p = await createProject(s, 'ner', { enable_empty_annotation: false });
    const [fixture] = fixtureTasks('ner');
    const t = await createTask(s, p.id, fixture!.data);
    const a = await annotate(s, t.id, { result: fixture!.annotations![0]!.result }, { as: ann });
    const before = await snapshot(p.id);
    expectFieldError(await post(a.id, { action: 'fix', result: [] }), 'result');
    expect(await snapshot(p.id)).toEqual(before);
    expect((await getAnnotation(a.id)).last_action).toBe('submitted');
  });
});

describe('GET /api/annotations/{id}/reviews and DELETE /api/reviews/{id}', () => {
  it('lets reviewers, admins and the author read; others get 404', async () => {
    const { a } = await labeledByAnn();
    const r1 = await review(a.id, { action: 'reject' });
    const r2 = await review(a.id, { action: 'accept' }, rev2);
    for (const as of [rev, rev2, s.admin, ann]) expect(await reviewsOf(a.id, as)).toEqual([r1, r2]);
    expectError(
      await s.request('GET', `/api/annotations/${a.id}/reviews/`, { as: ann2 }),
      404,
      'No Annotation matches the given query.',
    );
    expectError(await s.request('GET', '/api/annotations/987654/reviews', { as: rev }), 404);
  });

  it('deletes for the review’s author or an admin; last_action becomes deleted_review', async () => {
    const { p, a } = await labeledByAnn();
    const r1 = await review(a.id, { action: 'accept' });
    const r2 = await review(a.id, { action: 'reject' }, rev2);
    const before = await snapshot(p.id);
    // Someone else's review: 403 for a reviewer and for the annotation's author, 404 for others.
    expectError(await s.request('DELETE', `/api/reviews/${r1.id}`, { as: rev2 }), 403, FORBIDDEN);
    expectError(await s.request('DELETE', `/api/reviews/${r1.id}`, { as: ann }), 403, FORBIDDEN);
    expectError(
      await s.request('DELETE', `/api/reviews/${r1.id}`, { as: ann2 }),
      404,
      'No Review matches the given query.',
    );
    expectError(await s.request('DELETE', '/api/reviews/987654', { as: rev }), 404);
    expectError(await s.request('DELETE', '/api/reviews/abc', { as: rev }), 404);
    expect(await snapshot(p.id)).toEqual(before);
    // An older review goes without changing the verdict in effect (the rejection).
    expectStatus(await s.request('DELETE', `/api/reviews/${r1.id}/`, { as: rev }), 204);
    expect(await getAnnotation(a.id)).toMatchObject({
      last_action: 'deleted_review',
      last_created_by: rev.user.id,
    });
    expect((await getProject(s, p.id)).finished_task_number).toBe(0);
    await nothingToReview(p.id);
    // An admin removes the rejection: the annotation waits for review again.
    expectStatus(await s.request('DELETE', `/api/reviews/${r2.id}`), 204);
    expect(await getAnnotation(a.id)).toMatchObject({
      last_action: 'deleted_review',
      last_created_by: s.admin.user.id,
    });
    expect((await reviewNext(p.id)).annotation.id).toBe(a.id);
    expect(await reviewsOf(a.id)).toEqual([]);
    expectError(await s.request('DELETE', `/api/reviews/${r2.id}`), 404);
    await expectCountersConsistent(s, p.id);
  });

  it('goes with its annotation', async () => {
    const { a } = await labeledByAnn();
    const r = await review(a.id, { action: 'accept' });
    expectStatus(await s.request('DELETE', `/api/annotations/${a.id}`), 204);
    expectError(await s.request('DELETE', `/api/reviews/${r.id}`), 404);
  });
});

describe('review queue', () => {
  /** A project with annotations by ann (sentiment Positive, Neutral) and ann2 (Negative), a skip. */
  async function queueProject() {
    const p = await createProject(s, 'sentiment', { maximum_annotations: 3 });
    const ts = await createTasks(s, p.id, 3);
    const a1 = await annotate(s, ts[0]!.id, { result: sentimentResult('Positive') }, { as: ann });
    const a2 = await annotate(s, ts[1]!.id, { result: sentimentResult('Neutral') }, { as: ann });
    const a3 = await annotate(s, ts[0]!.id, { result: sentimentResult('Negative') }, { as: ann2 });
    await skip(s, ts[2]!.id, { as: ann2 });
    return { p, ts, a1, a2, a3 };
  }

  it('offers the oldest unreviewed submitted annotation with its task detail', async () => {
    const { p, ts, a1, a2, a3 } = await queueProject();
    const first = await reviewNext(p.id);
    expect(first.annotation).toEqual({ ...a1, created_ago: first.annotation.created_ago });
    expect(first.task).toMatchObject({ id: ts[0]!.id, project: p.id, data: ts[0]!.data });
    // The task as GET /api/tasks/{id} shows it to a reviewer: every annotation.
    expect(first.task.annotations.map((x) => x.id)).toEqual([a1.id, a3.id]);
    expect((await reviewNext(p.id, '', s.admin)).annotation.id).toBe(a1.id);
    // Prefetch: the one on screen excluded.
    expect((await reviewNext(p.id, `?exclude=${a1.id}`)).annotation.id).toBe(a2.id);
    await review(a1.id, { action: 'accept' });
    expect((await reviewNext(p.id)).annotation.id).toBe(a2.id);
    await review(a2.id, { action: 'reject' });
    expect((await reviewNext(p.id)).annotation.id).toBe(a3.id);
    await review(a3.id, { action: 'fix', result: sentimentResult('Neutral') });
    // Skips are never offered; fixed copies are born reviewed.
    await nothingToReview(p.id);
    expect((await queue(p.id)).count).toBe(0);
    expectError(
      await s.request('GET', `/api/projects/${p.id}/review/next`, { as: ann }),
      403,
      FORBIDDEN,
    );
    expectError(
      await s.request('GET', `/api/projects/${p.id}/review/queue`, { as: ann }),
      403,
      FORBIDDEN,
    );
    expectError(await s.request('GET', '/api/projects/987654/review/next', { as: rev }), 404);
  });

  it('filters by annotator, label, creation time; rejects filters that name nothing here', async () => {
    const { p, a1, a2, a3 } = await queueProject();
    const ids = async (query: string) => (await queue(p.id, query)).results.map((r) => r.id);
    expect(await ids('')).toEqual([a1.id, a2.id, a3.id]);
    expect(await ids(`?annotator=${ann2.user.id}`)).toEqual([a3.id]);
    expect((await reviewNext(p.id, `?annotator=${ann2.user.id}`)).annotation.id).toBe(a3.id);
    expect(await ids('?label=Neutral')).toEqual([a2.id]);
    expect(await ids(`?label=Negative&annotator=${ann.user.id}`)).toEqual([]);
    await nothingToReview(p.id, `?label=Negative&annotator=${ann.user.id}`);
    expect(await ids('?label=Nope')).toEqual([]);
    expect(await ids(`?created_after=${encodeURIComponent(a2.created_at)}`)).toEqual([
      a2.id,
      a3.id,
    ]);
    expect(await ids(`?created_before=${encodeURIComponent(a2.created_at)}`)).toEqual([
      a1.id,
      a2.id,
    ]);
    expect(await ids('?created_after=2000-01-01&created_before=2000-01-02')).toEqual([]);
    expect(await ids(`?exclude=${a2.id}`)).toEqual([a1.id, a3.id]);

    const other = await queueProject();
    const before = await snapshot(p.id);
    for (const path of ['next', 'queue']) {
      const url = `/api/projects/${p.id}/review/${path}`;
      expectFieldError(
        await s.request('GET', `${url}?exclude=${other.a1.id}`, { as: rev }),
        'exclude',
      );
      expectFieldError(await s.request('GET', `${url}?exclude=987654`, { as: rev }), 'exclude');
      expectFieldError(await s.request('GET', `${url}?annotator=987654`, { as: rev }), 'annotator');
      expectFieldError(await s.request('GET', `${url}?annotator=me`, { as: rev }), 'annotator');
      expectFieldError(
        await s.request('GET', `${url}?created_after=soon`, { as: rev }),
        'created_after',
      );
      expectFieldError(
        await s.request('GET', `${url}?created_before=2024-13-01`, { as: rev }),
        'created_before',
      );
      expectFieldError(await s.request('GET', `${url}?label=`, { as: rev }), 'label');
    }
    expect(await snapshot(p.id)).toEqual(before);
  });

  it('matches labels inside the result, not any text in it', async () => {
    const p = await createProject(s, 'multi');
    const [fixture] = fixtureTasks('multi');
    const t = await createTask(s, p.id, fixture!.data);
    const a = await annotate(s, t.id, { result: fixture!.annotations![0]!.result }, { as: ann });
    const match = async (label: string) =>
      (await queue(p.id, `?label=${encodeURIComponent(label)}`)).results.map((r) => r.id);
    for (const label of ['Price', 'Quality', 'Return', 'Kitchen', 'Home']) {
      expect(await match(label), label).toEqual([a.id]);
    }
    for (const label of ['Price was fair', 'lid cracked', 'review', 'aspect', 'Spam', 'price']) {
      expect(await match(label), label).toEqual([]);
    }
  });

  it('pages the queue without task data', async () => {
    const { p, ts, a1, a2, a3 } = await queueProject();
    const page1 = await queue(p.id, '?page_size=2');
    expect(page1.count).toBe(3);
    expect(page1.previous).toBeNull();
    expect(page1.next).toMatch(/page=2/);
    expect(page1.results[0]).toEqual({
      id: a1.id,
      task: ts[0]!.id,
      inner_id: ts[0]!.inner_id,
      completed_by: ann.user.id,
      created_username: a1.created_username,
      created_at: a1.created_at,
      updated_at: a1.updated_at,
      lead_time: null,
      last_action: 'submitted',
      result_count: 1,
    });
    expect(Object.keys(page1.results[0]!)).not.toContain('data');
    const page2 = await queue(p.id, '?page_size=2&page=2');
    expect(page2.results.map((r) => r.id)).toEqual([a3.id]);
    expect(page2.next).toBeNull();
    expect(page2.previous).toMatch(/page=1/);
    expect(page1.results.map((r) => r.id)).toEqual([a1.id, a2.id]);
    expectError(
      await s.request('GET', `/api/projects/${p.id}/review/queue?page=3&page_size=2`, { as: rev }),
      404,
      'Invalid page.',
    );
    expectFieldError(
      await s.request('GET', `/api/projects/${p.id}/review/queue?page_size=101`, { as: rev }),
      'page_size',
    );
    expectFieldError(
      await s.request('GET', `/api/projects/${p.id}/review/queue?page=0`, { as: rev }),
      'page',
    );
    // An empty queue is an empty first page, not an error.
    const empty = await createProject(s);
    expect(await queue(empty.id)).toEqual({ count: 0, next: null, previous: null, results: [] });
  });
});

describe('ground truth', () => {
  it('is one per task, set by reviewers; the counter and the stream follow', async () => {
    const p = await createProject(s, 'sentiment', {
      maximum_annotations: 2,
      show_ground_truth_first: true,
    });
    const [, t2] = await createTasks(s, p.id, 2);
    const a = await annotate(s, t2!.id, undefined, { as: ann });
    const b = await annotate(s, t2!.id, { result: sentimentResult('Neutral') }, { as: ann2 });
    const before = await snapshot(p.id);
    // The annotator may not mark it (even their own), but may still edit their result.
    expectError(
      await s.request('PATCH', `/api/annotations/${a.id}`, {
        as: ann,
        body: { ground_truth: true },
      }),
      403,
      FORBIDDEN,
    );
    expect(await snapshot(p.id)).toEqual(before);
    expectStatus(
      await s.request('PATCH', `/api/annotations/${a.id}`, {
        as: ann,
        body: { result: sentimentResult('Negative') },
      }),
      200,
    );
    const mark = async (id: number) =>
      exact(
        Annotation,
        expectStatus(
          await s.request('PATCH', `/api/annotations/${id}`, {
            as: rev,
            body: { ground_truth: true },
          }),
          200,
        ).body,
      );
    expect((await mark(a.id)).ground_truth).toBe(true);
    expect((await expectCountersConsistent(s, p.id)).ground_truth_number).toBe(1);
    expect((await mark(b.id)).ground_truth).toBe(true);
    expect((await getAnnotation(a.id)).ground_truth).toBe(false);
    expect((await expectCountersConsistent(s, p.id)).ground_truth_number).toBe(1);
    // A reviewer marking ground truth leaves the review state alone: both still wait for review.
    expect((await queue(p.id)).results.map((r) => r.id)).toEqual([a.id, b.id]);
    // t2 is labeled (2 of 2); a third annotator's stream starts from the ground-truth task
    // only while it is open: with overlap 3 it comes first.
    expectStatus(
      await s.request('PATCH', `/api/projects/${p.id}`, { body: { maximum_annotations: 3 } }),
      200,
    );
    const third = await s.makeUser('annotator');
    const n = await next(p.id, third);
    expect([n.id, n.queue]).toEqual([t2!.id, 'Ground truth queue']);
  });
});

describe('export', () => {
  it('lists each annotation’s reviews and its ground truth in the JSON export', async () => {
    const { p, a } = await labeledByAnn();
    const r1 = await review(a.id, { action: 'reject', comment: 'no' });
    const r2 = await review(a.id, { action: 'fix', result: sentimentResult('Negative') }, rev2);
    expectStatus(
      await s.request('PATCH', `/api/annotations/${r2.fixed_annotation!}`, {
        as: rev,
        body: { ground_truth: true },
      }),
      200,
    );
    const res = expectStatus(
      await s.request('GET', `/api/projects/${p.id}/export?exportType=JSON`, { as: rev }),
      200,
    );
    const [task] = JSON.parse(res.text) as { annotations: Record<string, unknown>[] }[];
    const [original, copy] = task!.annotations;
    expect(original).toMatchObject({
      id: a.id,
      ground_truth: false,
      last_action: 'fixed_and_accepted',
      reviews: [r1, r2],
    });
    expect(copy).toMatchObject({
      id: r2.fixed_annotation,
      ground_truth: true,
      parent_annotation: a.id,
      reviews: [],
    });
  });
});
