import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  Dashboard,
  MAX_RANGE_DAYS,
  todayUtc,
  type AnnotatorFigures,
} from '../../../shared/api/dashboard';
import {
  annotate,
  createProject,
  createTask,
  exact,
  expectError,
  expectFieldError,
  expectStatus,
  fixtureTasks,
  getProject,
  sentimentResult,
  type TestUser,
} from '../../../../test/setup/api-helpers';
import { FORBIDDEN, useApi } from '../../../../test/setup/api';

// Every request is checked: never a 5xx, every error in the contract's body (test/setup/api.ts).
const s = useApi();
let ann: TestUser;
let ann2: TestUser;
let rev: TestUser;
beforeAll(async () => {
  [ann, ann2, rev] = [
    await s.makeUser('annotator', 'ann@example.org'),
    await s.makeUser('annotator', 'ann2@example.org'),
    await s.makeUser('reviewer'),
  ];
});

const url = (projectId: number, query = '') => `/api/projects/${projectId}/dashboard${query}`;

async function dashboard(projectId: number, query = '', as: TestUser = rev): Promise<Dashboard> {
  const res = expectStatus(await s.request('GET', url(projectId, query), { as }), 200);
  return exact(Dashboard, res.body);
}

const byEmail = (d: Dashboard, email: string): AnnotatorFigures => {
  const row = d.annotators.find((a) => a.user?.email === email);
  expect(row, email).toBeDefined();
  return row!;
};

async function reviewAs(annotationId: number, action: 'accept' | 'reject', comment?: string) {
  const res = await s.request('POST', `/api/annotations/${annotationId}/review`, {
    as: rev,
    body: { action, ...(comment ? { comment } : {}) },
  });
  expectStatus(res, 201);
}

/** Moves an annotation to a given moment: the API always stamps "now". */
async function setCreatedAt(annotationId: number, createdAt: string) {
  await sql`update annotations set created_at = ${createdAt} where id = ${annotationId}`.execute(
    s.db.kysely,
  );
}

describe('GET /api/projects/{id}/dashboard', () => {
  let projectId: number;
  let rejectedId: number;

  beforeAll(async () => {
    projectId = (await createProject(s, 'sentiment')).id;
    const tasks = [];
    for (let i = 0; i < 4; i++) tasks.push(await createTask(s, projectId));
    const [t1, t2, t3, t4] = tasks.map((t) => t.id) as [number, number, number, number];
    const submit = (
      task: number,
      as: TestUser,
      choice: 'Positive' | 'Neutral' | 'Negative',
      lt: number,
    ) => annotate(s, task, { result: sentimentResult(choice), lead_time: lt }, { as });

    const a1 = await submit(t1, ann, 'Positive', 10);
    const a2 = await submit(t2, ann, 'Negative', 30);
    await submit(t3, ann, 'Positive', 20);
    await submit(t4, ann2, 'Neutral', 5);
    // A skip carries a lead time too; it must not count toward lead-time figures.
    await annotate(s, t1, { result: [], was_cancelled: true, lead_time: 999 }, { as: ann2 });
    await reviewAs(a1.id, 'accept');
    await reviewAs(a2.id, 'reject', 'Wrong sentiment');
    rejectedId = a2.id;
  });

  it('reports progress from the stored counters, all time', async () => {
    const d = await dashboard(projectId);
    const p = await getProject(s, projectId);
    expect(d.progress).toEqual({
      tasks: p.task_number,
      labeled_tasks: p.finished_task_number,
      annotations: p.total_annotations_number,
      skipped: p.skipped_annotations_number,
      ground_truth: p.ground_truth_number,
    });
    // The rejected task went back to its annotator's queue: three of four are labeled.
    expect(d.progress).toEqual({
      tasks: 4,
      labeled_tasks: 3,
      annotations: 4,
      skipped: 1,
      ground_truth: 0,
    });
  });

  it('counts per day over the last 30 days by default, empty days included', async () => {
    const d = await dashboard(projectId);
    const today = todayUtc();
    expect(d.range).toEqual({ from: addDays(today, -29), to: today });
    expect(d.throughput).toHaveLength(30);
    expect(d.throughput[0]!.day).toBe(addDays(today, -29));
    expect(d.throughput.at(-1)).toEqual({ day: today, submitted: 4, skipped: 1 });
    expect(d.throughput.slice(0, -1).every((x) => x.submitted === 0 && x.skipped === 0)).toBe(true);
  });

  it('gives totals, skip and reject rates', async () => {
    const d = await dashboard(projectId);
    expect(d.totals).toEqual({
      annotations: 4,
      skipped: 1,
      skip_rate: 0.2,
      reviews: 2,
      rejected: 1,
      reject_rate: 0.5,
    });
  });

  it('gives each annotator their counts, lead-time median and p90, and reject rate', async () => {
    const d = await dashboard(projectId);
    expect(d.annotators.map((a) => a.user?.email)).toEqual(['ann@example.org', 'ann2@example.org']);
    const first = byEmail(d, 'ann@example.org');
    expect(first).toMatchObject({
      user: { id: ann.user.id, email: 'ann@example.org' },
      annotations: 3,
      skipped: 0,
      lead_time_median: 20,
      reviews: 2,
      rejected: 1,
      reject_rate: 0.5,
    });
    // 10, 20, 30: position 0.9 · 2 = 1.8 lies 80 % of the way from 20 to 30.
    expect(first.lead_time_p90).toBeCloseTo(28);
    expect(byEmail(d, 'ann2@example.org')).toMatchObject({
      annotations: 1,
      skipped: 1,
      lead_time_median: 5,
      lead_time_p90: 5,
      reviews: 0,
      rejected: 0,
      reject_rate: null,
    });
  });

  it('counts the chosen labels of submitted annotations, declared values in config order', async () => {
    const d = await dashboard(projectId);
    expect(d.labels).toEqual([
      {
        control: 'sentiment',
        tag: 'Choices',
        values: [
          { value: 'Positive', count: 2 },
          { value: 'Neutral', count: 1 },
          { value: 'Negative', count: 1 },
        ],
      },
    ]);
  });

  it('limits everything but progress to the range', async () => {
    const yesterday = addDays(todayUtc(), -1);
    const d = await dashboard(projectId, `?from=${addDays(yesterday, -6)}&to=${yesterday}`);
    expect(d.throughput).toHaveLength(7);
    expect(d.throughput.every((x) => x.submitted === 0 && x.skipped === 0)).toBe(true);
    expect(d.totals).toMatchObject({
      annotations: 0,
      skipped: 0,
      skip_rate: null,
      reject_rate: null,
    });
    expect(d.annotators).toEqual([]);
    expect(d.labels[0]!.values.every((v) => v.count === 0)).toBe(true);
    expect(d.progress.annotations).toBe(4);
  });

  it('answers reviewers and admins, refuses annotators and strangers', async () => {
    expectStatus(await s.request('GET', url(projectId), { as: rev }), 200);
    expectStatus(await s.request('GET', url(projectId), { as: s.admin }), 200);
    expectError(await s.request('GET', url(projectId), { as: ann }), 403, FORBIDDEN);
    expectError(await s.request('GET', url(projectId), { as: null }), 401);
  });

  it('refuses bad ranges with a field error', async () => {
    const bad = async (query: string, field: string, message: RegExp) => {
      const res = await s.request('GET', url(projectId, query), { as: rev });
      expect(expectFieldError(res, field).join(' ')).toMatch(message);
    };
    await bad('?from=2024-03-10&to=2024-03-09', 'from', /must not be after/);
    await bad('?from=yesterday', 'from', /./);
    await bad('?to=2024-02-30', 'to', /./);
    await bad('?from=2024-03-10T00:00:00Z', 'from', /./);
    await bad(`?from=2020-01-01&to=${addDays('2020-01-01', MAX_RANGE_DAYS)}`, 'to', /at most/);
    await bad('?since=2024-03-10', 'since', /Unknown field/);
    // The longest range allowed is fine.
    await dashboard(projectId, `?from=2020-01-01&to=${addDays('2020-01-01', MAX_RANGE_DAYS - 1)}`);
  });

  it('is a 404 for a project that does not exist', async () => {
    expectError(await s.request('GET', url(999_999), { as: rev }), 404);
    expectError(await s.request('GET', '/api/projects/abc/dashboard', { as: rev }), 404);
  });

  it('keeps the rejected annotation in the figures once it is resubmitted', async () => {
    // Resubmitting clears review_status, but the reject stays a fact of the range.
    const res = await s.request('PATCH', `/api/annotations/${rejectedId}`, {
      as: ann,
      body: { result: sentimentResult('Neutral') },
    });
    expectStatus(res, 200);
    const d = await dashboard(projectId);
    expect(byEmail(d, 'ann@example.org')).toMatchObject({ reviews: 2, rejected: 1 });
  });
});

describe('dashboard day buckets', () => {
  it('cuts days at midnight UTC on both databases', async () => {
    const projectId = (await createProject(s, 'sentiment')).id;
    const task = await createTask(s, projectId);
    const moments = [
      '2024-03-09T00:00:00.000000Z',
      '2024-03-09T23:59:59.999999Z',
      '2024-03-10T00:00:00.000000Z',
      '2024-03-11T00:00:00.000000Z',
    ];
    for (const [i, moment] of moments.entries()) {
      const a = await annotate(s, task.id, {
        result: i === 2 ? [] : sentimentResult(),
        was_cancelled: i === 2,
      });
      await setCreatedAt(a.id, moment);
    }
    const d = await dashboard(projectId, '?from=2024-03-08&to=2024-03-10');
    expect(d.throughput).toEqual([
      { day: '2024-03-08', submitted: 0, skipped: 0 },
      { day: '2024-03-09', submitted: 2, skipped: 0 },
      { day: '2024-03-10', submitted: 0, skipped: 1 },
    ]);
    expect(d.totals).toMatchObject({ annotations: 2, skipped: 1 });
    const admin = byEmail(d, 'admin@example.org');
    expect(admin).toMatchObject({ annotations: 2, skipped: 1, lead_time_median: null });
  });
});

describe('dashboard label distribution', () => {
  it('reads labels, choices, ratings and taxonomy paths; skips free text, numbers and dates', async () => {
    const projectId = (await createProject(s, 'multi')).id;
    const [sample] = fixtureTasks('multi');
    const task = await createTask(s, projectId, sample!.data);
    const result = sample!.annotations![0]!.result;
    await annotate(s, task.id, { result, lead_time: 4 }, { as: ann });
    await annotate(s, task.id, { result, lead_time: 6 }, { as: ann2 });
    await annotate(s, task.id, { result: [], was_cancelled: true });

    const d = await dashboard(projectId);
    const values = Object.fromEntries(
      d.labels.map((c) => [c.control, Object.fromEntries(c.values.map((v) => [v.value, v.count]))]),
    );
    expect(d.labels.map((c) => [c.control, c.tag])).toEqual([
      ['aspect', 'Labels'],
      ['verdict', 'Choices'],
      ['stars', 'Rating'],
      ['category', 'Taxonomy'],
    ]);
    expect(values).toEqual({
      aspect: { Price: 2, Quality: 2 },
      verdict: { Recommend: 0, Return: 2, Spam: 0 },
      stars: { '1': 0, '2': 2, '3': 0, '4': 0, '5': 0 },
      category: { 'Home/Kitchen': 2 },
    });
    expect(d.totals.skip_rate).toBeCloseTo(1 / 3);
  });
});

describe('dashboard lead times', () => {
  it('interpolates the median and p90 in SQL-picked ranks, per annotator', async () => {
    const projectId = (await createProject(s, 'sentiment')).id;
    const task = await createTask(s, projectId);
    // 1..12 in a scrambled order, plus a few for a second annotator that must not mix in.
    for (const lt of [7, 3, 12, 1, 9, 5, 11, 2, 8, 4, 10, 6]) {
      await annotate(s, task.id, { result: sentimentResult(), lead_time: lt + 0.5 }, { as: ann });
    }
    for (const lt of [100, 300]) {
      await annotate(s, task.id, { result: sentimentResult(), lead_time: lt }, { as: ann2 });
    }
    const d = await dashboard(projectId);
    // Sorted positions 5 and 6 (6.5, 7.5) for the median; 9.9 → between 10.5 and 11.5.
    expect(byEmail(d, 'ann@example.org').lead_time_median).toBeCloseTo(7);
    expect(byEmail(d, 'ann@example.org').lead_time_p90).toBeCloseTo(11.4);
    expect(byEmail(d, 'ann2@example.org').lead_time_median).toBeCloseTo(200);
    expect(byEmail(d, 'ann2@example.org').lead_time_p90).toBeCloseTo(280);
  });
});
