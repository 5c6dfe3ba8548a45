import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Annotation } from '../../../shared/api/annotations';
import { projectById } from '../../db/projects';
import { createTasks as insertTasks } from '../tasks/service';
import {
  createProject,
  createTask,
  createTasks,
  exact,
  expectCountersConsistent,
  expectError,
  expectFieldError,
  expectStatus,
  fixtureTasks,
  sentimentData,
  sentimentResult,
  startTestServer,
  tableCounts,
  type TestServer,
  type TestUser,
} from '../../../../test/setup/api-helpers';

const Created = z.array(z.strictObject({ id: z.int() }));

let s: TestServer;
let rev: TestUser;
let ann: TestUser;
beforeAll(async () => {
  s = await startTestServer();
  [rev, ann] = [await s.makeUser('reviewer'), await s.makeUser('annotator')];
});
afterAll(async () => s.close());

async function bulk(body: Record<string, unknown>, as: TestUser = s.admin): Promise<number[]> {
  const res = await s.request('POST', '/api/annotations/bulk', { as, body });
  return Created.parse(expectStatus(res, 201).body).map((x) => x.id);
}

/** The created annotations, read back one by one. */
async function readBack(ids: number[]) {
  return Promise.all(
    ids.map(async (id) =>
      exact(Annotation, (await s.request('GET', `/api/annotations/${id}`)).body),
    ),
  );
}

describe('POST /api/annotations/bulk', () => {
  it('creates the same annotation on every listed task', async () => {
    const p = await createProject(s, 'sentiment', { maximum_annotations: 2 });
    const tasks = await createTasks(s, p.id, 4);
    const ids = await bulk(
      { tasks: tasks.slice(0, 3).map((t) => t.id), result: sentimentResult(), lead_time: 1.5 },
      rev,
    );
    expect(ids).toHaveLength(3);
    const created = await readBack(ids);
    expect(created.map((a) => a.task)).toEqual(tasks.slice(0, 3).map((t) => t.id));
    for (const a of created) {
      expect(a).toMatchObject({
        bulk_created: true,
        result: sentimentResult(),
        lead_time: 1.5,
        completed_by: rev.user.id,
        last_action: 'submitted',
        project: p.id,
      });
    }
    expect(new Set(created.map((a) => a.unique_id)).size).toBe(3);
    expect(await expectCountersConsistent(s, p.id)).toMatchObject({
      total_annotations_number: 3,
      finished_task_number: 0,
      num_tasks_with_annotations: 3,
    });
    // A second pass labels them (overlap 2); a skip bulk counts as skipped.
    await bulk({ tasks: tasks.slice(0, 2).map((t) => t.id), result: sentimentResult('Negative') });
    await bulk({ tasks: [tasks[3]!.id], result: [], was_cancelled: true });
    expect(await expectCountersConsistent(s, p.id)).toMatchObject({
      total_annotations_number: 5,
      finished_task_number: 2,
      skipped_annotations_number: 1,
    });
  });

  it('selects tasks with selected_items (included, or all but excluded)', async () => {
    const p = await createProject(s);
    const tasks = (await createTasks(s, p.id, 5)).map((t) => t.id);
    const included = await bulk({
      project: p.id,
      selected_items: { all: false, included: [tasks[1], tasks[3]] },
      result: sentimentResult(),
    });
    expect((await readBack(included)).map((a) => a.task)).toEqual([tasks[1], tasks[3]]);
    const rest = await bulk({
      project: p.id,
      selected_items: { all: true, excluded: [tasks[0]] },
      result: sentimentResult(),
      ground_truth: true,
    });
    expect((await readBack(rest)).map((a) => [a.task, a.ground_truth])).toEqual(
      tasks.slice(1).map((t) => [t, true]),
    );
    expect(await expectCountersConsistent(s, p.id)).toMatchObject({
      total_annotations_number: 6,
      ground_truth_number: 4,
      finished_task_number: 4,
    });
    // Ground truth stays one per task: a second ground-truth pass replaces the first.
    await bulk({
      project: p.id,
      selected_items: { all: true },
      result: sentimentResult('Neutral'),
      ground_truth: true,
    });
    expect((await expectCountersConsistent(s, p.id)).ground_truth_number).toBe(5);
  });

  it('refuses any invalid task, result or field, creating nothing', async () => {
    const [p, other] = [await createProject(s, 'ner'), await createProject(s)];
    const [withAda, without] = fixtureTasks('ner').map((t) => t.data);
    const good = await createTask(s, p.id, withAda);
    const differentText = await createTask(s, p.id, without);
    const elsewhere = await createTask(s, other.id, sentimentData());
    const hidden = await createProject(s, 'sentiment', { members: [ann.user.id] });
    const hiddenTask = await createTask(s, hidden.id);
    const span = fixtureTasks('ner')[0]!.annotations![0]!.result;
    expectStatus(
      await s.request('POST', '/api/annotations/bulk', {
        body: { tasks: [good.id], result: span },
      }),
      201,
    );
    const counters = await expectCountersConsistent(s, p.id);
    const before = await tableCounts(s.db);
    const post = (body: Record<string, unknown>, as: TestUser = s.admin) =>
      s.request('POST', '/api/annotations/bulk', { as, body });

    // The span fits one task's text, not the other's: all or nothing.
    const res = await post({ tasks: [good.id, differentText.id], result: span });
    expect(expectFieldError(res, 'result[0].value.text').join(' ')).toContain(
      `task ${differentText.id}`,
    );
    expectFieldError(await post({ tasks: [good.id, 987_654], result: span }), 'tasks');
    expectFieldError(await post({ tasks: [good.id, elsewhere.id], result: [] }), 'tasks');
    expectFieldError(await post({ tasks: [good.id], project: other.id, result: [] }), 'tasks');
    expectFieldError(
      await post({
        project: p.id,
        selected_items: { all: false, included: [elsewhere.id] },
        result: [],
      }),
      'selected_items',
    );
    expectFieldError(await post({ selected_items: { all: true }, result: [] }), 'project');
    expectFieldError(await post({ result: [] }), 'tasks');
    expectFieldError(await post({ tasks: [good.id], result: span, unique_id: 'u' }), 'unique_id');
    expectFieldError(
      await post({ tasks: [good.id], result: span, completed_by: 987_654 }),
      'completed_by',
    );
    expectFieldError(await post({ tasks: 'all', result: [] }), 'tasks');
    expectFieldError(await post({ tasks: [good.id], result: [], bogus: true }), 'bogus');
    expectError(await post({ tasks: [good.id], result: span }, ann), 403);
    expectError(
      await post({ tasks: [good.id], result: span, completed_by: ann.user.id }, rev),
      403,
    );
    expectError(await post({ tasks: [hiddenTask.id], result: [] }, rev), 404);
    expectError(
      await post({ project: hidden.id, selected_items: { all: true }, result: [] }, rev),
      404,
    );
    expectError(
      await s.request('POST', '/api/annotations/bulk', {
        rawBody: '{"tasks": [1',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      /^JSON parse error - /,
    );
    expect(await tableCounts(s.db)).toEqual(before);
    expect(await expectCountersConsistent(s, p.id)).toEqual(counters);
  });

  it('creates 10,000 annotations in one call', async () => {
    const p = await createProject(s);
    const project = (await projectById(s.db.kysely, p.id))!;
    const ids = await s.db.kysely.transaction().execute((trx) =>
      insertTasks(
        trx,
        project,
        Array.from({ length: 10_000 }, (_, i) => ({ data: sentimentData(i) })),
      ),
    );
    expect(new Set(ids).size).toBe(10_000);
    const created = await bulk({ tasks: ids, result: sentimentResult(), lead_time: 2 });
    expect(new Set(created).size).toBe(10_000);
    const rows = await s.db.kysely
      .selectFrom('annotations')
      .select(['task_id', 'bulk_created'])
      .where('id', 'in', created.slice(-500))
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.task_id, r.bulk_created])).toEqual(
      ids.slice(-500).map((id) => [id, 1]),
    );
    expect(await expectCountersConsistent(s, p.id)).toEqual({
      task_number: 10_000,
      finished_task_number: 10_000,
      total_annotations_number: 10_000,
      skipped_annotations_number: 0,
      ground_truth_number: 0,
      useful_annotation_number: 10_000,
      num_tasks_with_annotations: 10_000,
      total_predictions_number: 0,
    });
  });
});
