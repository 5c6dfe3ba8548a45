import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportAccepted, ImportJob } from '../../../shared/api/imports';
import {
  createProject,
  exact,
  expectCountersConsistent,
  expectError,
  expectStatus,
  fixtureTasks,
  startTestServer,
  tableCounts,
  type TestServer,
} from '../../../../test/setup/api-helpers';
import { updateJob } from '../../db/imports';
import { isoMinus } from '../../db/time';
import { failStale, recoverInterruptedImports } from './jobs';

let s: TestServer;
beforeAll(async () => {
  // A small ordinary body limit: bodies past it go to a temp file and a background job.
  s = await startTestServer({ bodyLimit: 4096 });
});
afterAll(() => s.close());

const jobUrl = (project: number, job: number) => `/api/projects/${project}/imports/${job}`;

async function start(project: number, body: unknown, query = ''): Promise<number> {
  const res = await s.request('POST', `/api/projects/${project}/import${query}`, { body });
  return exact(ImportAccepted, expectStatus(res, 202).body).import;
}

async function finished(project: number, job: number): Promise<ImportJob> {
  for (let i = 0; i < 500; i++) {
    const res = await s.request('GET', jobUrl(project, job));
    const body = exact(ImportJob, expectStatus(res, 200).body);
    if (body.status === 'done' || body.status === 'failed') return body;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('import job did not finish');
}

const many = (n: number, bad?: number) =>
  Array.from({ length: n }, (_, i) => (i === bad ? { nope: i } : { text: `task number ${i}` }));

describe('import jobs', () => {
  it('async=true answers 202 and the job reports its outcome', async () => {
    const p = await createProject(s);
    const tasks = fixtureTasks('sentiment');
    const job = await start(p.id, tasks, '?async=true');
    const body = await finished(p.id, job);
    expect(body).toMatchObject({
      id: job,
      status: 'done',
      rows_done: tasks.length,
      rows_total: tasks.length,
      task_count: tasks.length,
      annotation_count: tasks.flatMap((t) => t.annotations ?? []).length,
      prediction_count: tasks.flatMap((t) => t.predictions ?? []).length,
      errors: [],
    });
    expect(body.finished_at! >= body.created_at).toBe(true);
    await expectCountersConsistent(s, p.id);
  });

  it('a body over the ordinary limit becomes a job, written in several batches', async () => {
    const p = await createProject(s);
    const job = await start(p.id, many(4500));
    const body = await finished(p.id, job);
    expect(body).toMatchObject({ status: 'done', task_count: 4500, rows_total: 4500 });
    const counters = await expectCountersConsistent(s, p.id);
    expect(counters.task_number).toBe(4500);
  });

  it('a bad row fails the job and stores nothing', async () => {
    const p = await createProject(s);
    const before = await tableCounts(s.db);
    const body = await finished(p.id, await start(p.id, many(3000, 2999)));
    expect(body).toMatchObject({
      status: 'failed',
      task_count: 0,
      errors: ['Error at item 2999: "text" key is expected in task data'],
    });
    expect(await tableCounts(s.db)).toEqual(before);
    expect((await expectCountersConsistent(s, p.id)).task_number).toBe(0);
  });

  it('partial=true keeps the good rows and lists the bad ones', async () => {
    const p = await createProject(s);
    const body = await finished(p.id, await start(p.id, many(2500, 7), '?partial=true'));
    expect(body).toMatchObject({
      status: 'done',
      task_count: 2499,
      rows_done: 2500,
      errors: ['Error at item 7: "text" key is expected in task data'],
    });
    await expectCountersConsistent(s, p.id);
  });

  it('a truncated body fails the job with the parse error', async () => {
    const p = await createProject(s);
    const text = JSON.stringify(many(500)).slice(0, -20);
    const res = await s.request('POST', `/api/projects/${p.id}/import`, {
      rawBody: text,
      headers: { 'content-type': 'application/json' },
    });
    const job = exact(ImportAccepted, expectStatus(res, 202).body).import;
    const body = await finished(p.id, job);
    expect(body.status).toBe('failed');
    expect(body.errors[0]).toMatch(/^JSON parse error - /);
    expect((await expectCountersConsistent(s, p.id)).task_number).toBe(0);
  });

  it('a job whose process stopped beating is reported failed, and what it committed is gone', async () => {
    const p = await createProject(s);
    await start(p.id, many(3), '?async=1').then((kept) => finished(p.id, kept));
    const job = await start(p.id, many(40), '?async=1');
    await finished(p.id, job);
    // As if the process died after committing its batches: running, silent for an hour.
    await updateJob(s.db.kysely, job, { status: 'running', updated_at: isoMinus(3600) });
    const body = exact(
      ImportJob,
      expectStatus(await s.request('GET', jobUrl(p.id, job)), 200).body,
    );
    expect(body).toMatchObject({ status: 'failed', task_count: 0 });
    expect(body.errors[0]).toMatch(/interrupted/);
    expect((await expectCountersConsistent(s, p.id)).task_number).toBe(3);
  });

  it('a job still beating is left alone', async () => {
    const p = await createProject(s);
    const job = await start(p.id, many(5), '?async=1');
    await finished(p.id, job);
    await updateJob(s.db.kysely, job, { status: 'running', updated_at: isoMinus(10) });
    expect(await failStale(s.db, { projectId: p.id })).toBe(0);
    expect((await expectCountersConsistent(s, p.id)).task_number).toBe(5);
  });

  it('at start, imports the last run left unfinished are failed and undone', async () => {
    const p = await createProject(s);
    const job = await start(p.id, many(5), '?async=1');
    await finished(p.id, job);
    await updateJob(s.db.kysely, job, { status: 'running', updated_at: isoMinus(10) });
    // One process owns a SQLite file, so every unfinished job is dead when it starts;
    // PostgreSQL replicas may still be running theirs, so only silent ones count there.
    const undone = await recoverInterruptedImports(s.db);
    const sqlite = s.db.dialect === 'sqlite';
    if (sqlite) expect(undone).toBeGreaterThanOrEqual(1);
    else expect(undone).toBe(0);
    expect((await expectCountersConsistent(s, p.id)).task_number).toBe(sqlite ? 0 : 5);
  });

  it('jobs are per project, for admins', async () => {
    const p = await createProject(s);
    const q = await createProject(s);
    const job = await start(p.id, [{ text: 'x' }], '?async=1');
    await finished(p.id, job);
    expectError(await s.request('GET', jobUrl(q.id, job)), 404);
    expectError(await s.request('GET', jobUrl(p.id, 999_999)), 404);
    const annotator = await s.makeUser('annotator');
    expectError(await s.request('GET', jobUrl(p.id, job), { as: annotator }), 403);
  });
});
