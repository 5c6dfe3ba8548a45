import { beforeAll, describe, expect, it } from 'vitest';
import { DmActionList, DmActionResult } from '../../../shared/api/dm-actions';
import { projectById } from '../../db/projects';
import { createTasks as insertTasks } from '../tasks/service';
import {
  annotate,
  createProject,
  createTask,
  createTasks,
  expectCountersConsistent,
  expectError,
  expectFieldError,
  expectStatus,
  listTasks,
  sentimentData,
  sentimentResult,
  tableCounts,
  type TestUser,
} from '../../../../test/setup/api-helpers';
import { FORBIDDEN, useApi } from '../../../../test/setup/api';

const s = useApi();
let rev: TestUser;
let ann: TestUser;
beforeAll(async () => {
  [rev, ann] = [await s.makeUser('reviewer'), await s.makeUser('annotator')];
});

type Body = Record<string, unknown>;

const run = (id: string, project: number | string, body: Body, as: TestUser = s.admin) =>
  s.request('POST', `/api/dm/actions?id=${id}&project=${project}`, { as, body });

async function runOk(id: string, project: number, body: Body, as: TestUser = s.admin) {
  return DmActionResult.parse(expectStatus(await run(id, project, body, as), 200).body);
}

const ids = async (project: number, query = '') =>
  (await listTasks(s, project, query)).tasks.map((t) => t.id);

/** A project with six tasks: two labeled (one as ground truth), one skipped, three untouched. */
async function seeded() {
  const p = await createProject(s, 'sentiment');
  const tasks = await createTasks(s, p.id, 6);
  const [t0, t1, t2] = tasks.map((t) => t.id) as [number, number, number];
  await annotate(s, t0, { result: sentimentResult(), ground_truth: true });
  await annotate(s, t1, { result: sentimentResult('Negative') }, { as: ann });
  await annotate(s, t2, { result: [], was_cancelled: true }, { as: ann });
  const draft = await s.request('POST', `/api/tasks/${t0}/drafts`, {
    as: ann,
    body: { result: sentimentResult() },
  });
  expectStatus(draft, 201);
  return { p, ids: tasks.map((t) => t.id) };
}

describe('GET /api/dm/actions', () => {
  it('lists the actions the caller may run, in order, with their dialog text', async () => {
    const p = await createProject(s);
    const admin = DmActionList.parse(
      expectStatus(await s.request('GET', `/api/dm/actions?project=${p.id}`), 200).body,
    );
    expect(admin.map((a) => a.id)).toEqual(['delete_tasks', 'delete_ground_truths']);
    for (const a of admin) expect(a.dialog.text.length).toBeGreaterThan(10);
    const reviewer = DmActionList.parse(
      expectStatus(await s.request('GET', '/api/dm/actions/', { as: rev }), 200).body,
    );
    expect(reviewer.map((a) => a.id)).toEqual(['delete_ground_truths']);
  });

  it('refuses annotators and hides unknown projects', async () => {
    const p = await createProject(s);
    expectError(
      await s.request('GET', `/api/dm/actions?project=${p.id}`, { as: ann }),
      403,
      FORBIDDEN,
    );
    expectError(
      await s.request('GET', '/api/dm/actions?project=999999'),
      404,
      'No Project matches the given query.',
    );
  });
});

describe('POST /api/dm/actions?id=delete_tasks', () => {
  it('deletes hand-picked tasks with everything attached, and the counters follow', async () => {
    const { p, ids: all } = await seeded();
    const before = await tableCounts(s.db);
    const result = await runOk('delete_tasks', p.id, {
      selectedItems: { all: false, included: [all[0], all[2], all[5]] },
    });
    expect(result).toEqual({ processed_items: 3, detail: 'Deleted 3 tasks.' });
    expect(await ids(p.id)).toEqual([all[1], all[3], all[4]]);
    const after = await tableCounts(s.db);
    expect(after.tasks).toBe(before.tasks! - 3);
    expect(after.annotations).toBe(before.annotations! - 2);
    expect(after.drafts).toBe(before.drafts! - 1);
    const counters = await expectCountersConsistent(s, p.id);
    expect(counters).toMatchObject({
      task_number: 3,
      ground_truth_number: 0,
      total_annotations_number: 1,
      skipped_annotations_number: 0,
    });
    expectError(await s.request('GET', `/api/tasks/${all[0]}`), 404);
  });

  it('deletes every task matching the filters and search, except the excluded', async () => {
    const p = await createProject(s, 'sentiment');
    const tasks = [
      await createTask(s, p.id, { text: 'apple pie' }),
      await createTask(s, p.id, { text: 'apple juice' }),
      await createTask(s, p.id, { text: 'apple tart' }),
      await createTask(s, p.id, { text: 'pear' }),
    ];
    await annotate(s, tasks[0]!.id);
    const filters = {
      conjunction: 'and',
      items: [
        {
          filter: 'filter:tasks:total_annotations',
          operator: 'equal',
          type: 'Number',
          value: 0,
        },
      ],
    };
    const result = await runOk('delete_tasks', p.id, {
      selectedItems: { all: true, excluded: [tasks[2]!.id] },
      filters,
      search: 'apple',
      ordering: ['-tasks:id'],
    });
    expect(result.processed_items).toBe(1);
    expect(await ids(p.id)).toEqual([tasks[0]!.id, tasks[2]!.id, tasks[3]!.id]);
    expect((await expectCountersConsistent(s, p.id)).task_number).toBe(3);
  });

  it('takes a selection of thousands of tasks in one go', async () => {
    const p = await createProject(s, 'sentiment');
    const row = (await projectById(s.db.kysely, p.id))!;
    const created = await s.db.kysely.transaction().execute((trx) =>
      insertTasks(
        trx,
        row,
        Array.from({ length: 2500 }, (_, i) => ({ data: sentimentData(i) })),
      ),
    );
    const included = created.slice(0, 2200);
    const result = await runOk('delete_tasks', p.id, {
      selectedItems: { all: false, included },
    });
    expect(result.processed_items).toBe(2200);
    expect((await expectCountersConsistent(s, p.id)).task_number).toBe(300);
    // Everything but two: the exclusions ride along as one list too.
    const rest = created.slice(2200);
    const all = await runOk('delete_tasks', p.id, {
      selectedItems: { all: true, excluded: rest.slice(0, 2) },
    });
    expect(all.processed_items).toBe(298);
    expect(await ids(p.id)).toEqual(rest.slice(0, 2));
    expect((await expectCountersConsistent(s, p.id)).task_number).toBe(2);
  });

  it('ignores ids of other projects and deleted tasks', async () => {
    const p = await createProject(s);
    const other = await createProject(s);
    const [mine] = await createTasks(s, p.id, 1);
    const [theirs] = await createTasks(s, other.id, 1);
    const result = await runOk('delete_tasks', p.id, {
      selectedItems: { all: false, included: [theirs!.id, 2_000_000_000] },
    });
    expect(result.processed_items).toBe(0);
    expect(await ids(p.id)).toEqual([mine!.id]);
    expect(await ids(other.id)).toEqual([theirs!.id]);
  });

  it('is for admins only', async () => {
    const { p, ids: all } = await seeded();
    for (const who of [rev, ann]) {
      expectError(
        await run('delete_tasks', p.id, { selectedItems: { all: true } }, who),
        403,
        FORBIDDEN,
      );
    }
    expect(await ids(p.id)).toEqual(all);
  });
});

describe('POST /api/dm/actions?id=delete_ground_truths', () => {
  it('unmarks ground truth on the selected tasks; counters follow', async () => {
    const p = await createProject(s, 'sentiment');
    const tasks = await createTasks(s, p.id, 3);
    for (const t of tasks)
      await annotate(s, t.id, { result: sentimentResult(), ground_truth: true });
    expect((await expectCountersConsistent(s, p.id)).ground_truth_number).toBe(3);
    const result = await runOk(
      'delete_ground_truths',
      p.id,
      { selectedItems: { all: true, excluded: [tasks[2]!.id] } },
      rev,
    );
    expect(result).toEqual({
      processed_items: 2,
      detail: 'Removed ground truth from 2 annotations on 2 tasks.',
    });
    const list = await listTasks(s, p.id, '&fields=table');
    expect(list.tasks.map((t) => t.ground_truth)).toEqual([false, false, true]);
    const counters = await expectCountersConsistent(s, p.id);
    expect(counters).toMatchObject({ ground_truth_number: 1, useful_annotation_number: 2 });
  });

  it('refuses annotators', async () => {
    const p = await createProject(s);
    const [t] = await createTasks(s, p.id, 1);
    await annotate(s, t!.id, { result: sentimentResult(), ground_truth: true });
    expectError(
      await run('delete_ground_truths', p.id, { selectedItems: { all: true } }, ann),
      403,
      FORBIDDEN,
    );
    expect((await expectCountersConsistent(s, p.id)).ground_truth_number).toBe(1);
  });
});

describe('POST /api/dm/actions: bad input', () => {
  it('answers unknown actions and projects with 404', async () => {
    const p = await createProject(s);
    expectError(
      await run('delete_everything', p.id, { selectedItems: { all: true } }),
      404,
      'No action "delete_everything" exists.',
    );
    expectError(
      await run('delete_tasks', 999_999, { selectedItems: { all: true } }),
      404,
      'No Project matches the given query.',
    );
  });

  it('names the field of a bad request', async () => {
    const p = await createProject(s);
    const [t] = await createTasks(s, p.id, 1);
    const sel = { all: false, included: [t!.id] };
    expectFieldError(
      await s.request('POST', `/api/dm/actions?project=${p.id}`, { body: { selectedItems: sel } }),
      'id',
    );
    expectFieldError(
      await s.request('POST', '/api/dm/actions?id=delete_tasks', { body: { selectedItems: sel } }),
      'project',
    );
    expectFieldError(await run('delete_tasks', 'abc', { selectedItems: sel }), 'project');
    expectFieldError(await run('delete_tasks', p.id, {}), 'selectedItems');
    expectFieldError(
      await run('delete_tasks', p.id, { selectedItems: { all: false } }),
      'selectedItems.included',
    );
    expectFieldError(
      await run('delete_tasks', p.id, { selectedItems: { all: 'yes', included: [t!.id] } }),
      'selectedItems.all',
    );
    expectFieldError(
      await run('delete_tasks', p.id, { selectedItems: { all: false, included: ['x'] } }),
      'selectedItems.included[0]',
    );
    expectFieldError(
      await run('delete_tasks', p.id, { selectedItems: { all: false, included: [] } }),
      'selectedItems',
    );
    expectFieldError(
      await run('delete_tasks', p.id, { selectedItems: sel, project: p.id + 1 }),
      'project',
    );
    expectFieldError(
      await run('delete_tasks', p.id, { selectedItems: sel, filters: '{' }),
      'filters',
    );
    expectStatus(
      await run('delete_tasks', p.id, {
        selectedItems: { all: true },
        filters: { items: [{ filter: 'filter:tasks:nope', operator: 'equal', value: 1 }] },
      }),
      400,
    );
    expectStatus(
      await s.request('POST', `/api/dm/actions?id=delete_tasks&project=${p.id}`, {
        rawBody: '{"selectedItems":',
        headers: { 'content-type': 'application/json' },
      }),
      400,
    );
    expect(await ids(p.id)).toEqual([t!.id]);
  });
});

describe('GET /api/tasks?fields=table', () => {
  it("adds the table's computed columns without large data", async () => {
    const { p, ids: all } = await seeded();
    const list = await listTasks(s, p.id, '&fields=table');
    const [first, second, third, fourth] = list.tasks;
    expect(first).toMatchObject({
      id: all[0],
      annotators: [s.admin.user.id],
      ground_truth: true,
    });
    expect(first!.annotations_ids).toMatch(/^\d+$/);
    expect(first!.completed_at).toEqual(expect.any(String));
    expect(second).toMatchObject({ annotators: [ann.user.id], ground_truth: false });
    // A skip counts its annotator but is no annotation to review.
    expect(third).toMatchObject({ annotators: [ann.user.id], annotations_ids: '' });
    expect(fourth).toMatchObject({
      annotators: [],
      annotations_ids: '',
      completed_at: null,
      avg_lead_time: null,
    });
    expect(first).not.toHaveProperty('annotations');
  });
});
