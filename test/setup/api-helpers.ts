import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { z } from 'zod';
import type { Db } from '../../src/server/db/connect';
import { Annotation } from '../../src/shared/api/annotations';
import { ErrorBody } from '../../src/shared/api/errors';
import { Project } from '../../src/shared/api/projects';
import { TaskList } from '../../src/shared/api/task-detail';
import { Task } from '../../src/shared/api/tasks';
import type { TestResponse, TestServer, TestUser } from './test-server';

export { startTestServer, TEST_DB } from './test-server';
export type { TestResponse, TestServer, TestUser } from './test-server';

/**
 * Helpers for the API suites of tasks, annotations, drafts and predictions: fixtures from
 * ../shared/fixtures (so results stay valid as the validator grows), contract-shaped
 * assertions, and a plain-SQL recount that the stored counters must always equal.
 */

export const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures');

export type ConfigName = 'sentiment' | 'ner' | 'image-bbox' | 'multi' | 'paragraphs';
export type Result = Record<string, unknown>[];
type Data = Record<string, unknown>;

export interface FixtureTask {
  data: Data;
  annotations?: {
    result: Result;
    was_cancelled?: boolean;
    ground_truth?: boolean;
    lead_time?: number;
  }[];
  predictions?: { result: Result; model_version?: string; score?: number }[];
}

export interface InvalidFixture {
  name: string;
  config: ConfigName;
  data: Data;
  result: unknown;
  field: string;
  why: string;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

export const labelConfig = (name: ConfigName) =>
  readFileSync(path.join(FIXTURES, 'configs', `${name}.xml`), 'utf8');

export const fixtureTasks = (name: ConfigName) =>
  readJson<FixtureTask[]>(path.join(FIXTURES, 'tasks', `${name}.json`));

export const invalidFixtures = (): InvalidFixture[] =>
  readdirSync(path.join(FIXTURES, 'invalid'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = readJson<Omit<InvalidFixture, 'name' | 'config'> & { config: string }>(
        path.join(FIXTURES, 'invalid', f),
      );
      return {
        ...raw,
        name: f.replace(/\.json$/, ''),
        config: raw.config.replace(/\.xml$/, '') as ConfigName,
      };
    });

/** Every fixture task of a config that carries at least one valid annotation or prediction. */
export const validSamples = (name: ConfigName) =>
  fixtureTasks(name).flatMap((t) => [
    ...(t.annotations ?? []).map((a) => ({
      data: t.data,
      result: a.result,
      skip: a.was_cancelled === true,
    })),
    ...(t.predictions ?? []).map((p) => ({ data: t.data, result: p.result, skip: false })),
  ]);

const sentimentTasks = fixtureTasks('sentiment');
/** Data of the sentiment fixtures, for tasks that need no particular text. */
export const sentimentData = (i = 0): Data => sentimentTasks[i % sentimentTasks.length]!.data;

/** The fixture's valid sentiment result with another declared choice. */
export function sentimentResult(choice: 'Positive' | 'Neutral' | 'Negative' = 'Positive'): Result {
  const item = sentimentTasks[0]!.annotations![0]!.result[0]!;
  return [{ ...item, value: { choices: [choice] } }];
}

// ---------------------------------------------------------------------------------------------
// Contract-shaped assertions

/** Assert the status (showing the body when it differs) and hand the response back. */
export function expectStatus(res: TestResponse, status: number): TestResponse {
  expect(res.status, `${res.status} ${res.text.slice(0, 600)}`).toBe(status);
  return res;
}

/** A 4xx/5xx with the contract's error body, keys in the contract's order. */
export function expectError(
  res: TestResponse,
  status: number,
  detail?: string | RegExp,
): ErrorBody {
  expectStatus(res, status);
  const body = ErrorBody.strict().parse(res.body);
  expect(Object.keys(res.body as object).slice(0, 5)).toEqual([
    'id',
    'status_code',
    'version',
    'detail',
    'exc_info',
  ]);
  expect(body.status_code).toBe(status);
  if (typeof detail === 'string') expect(body.detail).toBe(detail);
  else if (detail) expect(body.detail).toMatch(detail);
  return body;
}

/** A 400 "Validation error" naming `field`; returns that field's messages. */
export function expectFieldError(res: TestResponse, field: string): string[] {
  const body = expectError(res, 400, 'Validation error');
  expect(
    Object.keys(body.validation_errors ?? {}),
    JSON.stringify(body.validation_errors),
  ).toContain(field);
  return body.validation_errors![field]!;
}

/** Parse with the shared schema, refusing unknown keys too, so drift either way fails. */
export const exact = <S extends z.ZodObject>(schema: S, value: unknown): z.output<S> =>
  schema.strict().parse(value) as z.output<S>;

// ---------------------------------------------------------------------------------------------
// Builders over the API

/** Two annotators and two reviewers: the cast of the review and comment suites. */
export async function makeReviewTeam(s: TestServer) {
  return {
    ann: await s.makeUser('annotator'),
    ann2: await s.makeUser('annotator'),
    rev: await s.makeUser('reviewer'),
    rev2: await s.makeUser('reviewer'),
  };
}

export async function createProject(
  s: TestServer,
  config: ConfigName = 'sentiment',
  settings: Record<string, unknown> = {},
): Promise<Project> {
  const res = await s.request('POST', '/api/projects', {
    body: { title: `P ${config}`, label_config: labelConfig(config), ...settings },
  });
  return exact(Project, expectStatus(res, 201).body);
}

export async function getProject(s: TestServer, id: number): Promise<Project> {
  return exact(Project, expectStatus(await s.request('GET', `/api/projects/${id}`), 200).body);
}

export async function createTask(
  s: TestServer,
  project: number,
  data: Data = sentimentData(),
  meta?: Data,
): Promise<Task> {
  const res = await s.request('POST', '/api/tasks', {
    body: { project, data, ...(meta ? { meta } : {}) },
  });
  return exact(Task, expectStatus(res, 201).body);
}

export async function createTasks(s: TestServer, project: number, count: number): Promise<Task[]> {
  const out: Task[] = [];
  for (let i = 0; i < count; i++) out.push(await createTask(s, project, sentimentData(i)));
  return out;
}

export interface AnnotateOpts {
  as?: TestUser;
  status?: 200 | 201;
  query?: string;
}

/** POST an annotation and parse it; a skip by default carries no result. */
export async function annotate(
  s: TestServer,
  task: number,
  body: Record<string, unknown> = { result: sentimentResult() },
  opts: AnnotateOpts = {},
): Promise<Annotation> {
  const res = await s.request('POST', `/api/tasks/${task}/annotations${opts.query ?? ''}`, {
    body,
    ...(opts.as ? { as: opts.as } : {}),
  });
  return exact(Annotation, expectStatus(res, opts.status ?? 201).body);
}

export const skip = (s: TestServer, task: number, opts: AnnotateOpts = {}) =>
  annotate(s, task, { result: [], was_cancelled: true }, opts);

export async function listTasks(s: TestServer, project: number, query = '') {
  const res = await s.request('GET', `/api/tasks?project=${project}&page_size=1000${query}`);
  return TaskList.parse(expectStatus(res, 200).body);
}

/** Row counts of the tables a rejected write could touch, to prove it changed nothing. */
export async function tableCounts(db: Db) {
  const { rows } = await sql<Record<string, number>>`
    select (select count(*) from tasks) as tasks, (select count(*) from annotations) as annotations,
      (select count(*) from drafts) as drafts, (select count(*) from predictions) as predictions`.execute(
    db.kysely,
  );
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
}

// ---------------------------------------------------------------------------------------------
// Counters: stored values versus a recount from rows

export const PROJECT_COUNTERS = [
  'task_number',
  'finished_task_number',
  'total_annotations_number',
  'skipped_annotations_number',
  'ground_truth_number',
  'useful_annotation_number',
  'num_tasks_with_annotations',
  'total_predictions_number',
] as const;
export type ProjectCounters = Record<(typeof PROJECT_COUNTERS)[number], number>;

export interface TaskCounters {
  id: number;
  total_annotations: number;
  cancelled_annotations: number;
  total_predictions: number;
  is_labeled: boolean;
}

/**
 * A task is finished per the contract (§6): not cancelled with a result, or any when skips are
 * ignored — and (§12) not rejected by the review in effect.
 */
const FINISHED = sql`((a.was_cancelled = 0 and a.result is not null) or p.skip_queue = 'IGNORE_SKIPPED') and coalesce(a.review_status, '') <> 'rejected'`;
const USEFUL = sql`a.was_cancelled = 0 and a.ground_truth = 0 and a.result is not null`;

/** Task counters of a project computed from its rows with plain SQL (no stored counter read). */
export async function recountTasks(db: Db, projectId: number): Promise<TaskCounters[]> {
  const { rows } = await sql<Record<string, number>>`
    select t.id,
      (select count(*) from annotations a where a.task_id = t.id and a.was_cancelled = 0) as total_annotations,
      (select count(*) from annotations a where a.task_id = t.id and a.was_cancelled = 1) as cancelled_annotations,
      (select count(*) from predictions r where r.task_id = t.id) as total_predictions,
      (select count(*) from annotations a where a.task_id = t.id and (${FINISHED})) as finished,
      p.maximum_annotations as overlap
    from tasks t join projects p on p.id = t.project_id
    where t.project_id = ${projectId} order by t.id`.execute(db.kysely);
  return rows.map((r) => ({
    id: Number(r.id),
    total_annotations: Number(r.total_annotations),
    cancelled_annotations: Number(r.cancelled_annotations),
    total_predictions: Number(r.total_predictions),
    is_labeled: Number(r.finished) >= Number(r.overlap),
  }));
}

/** The project's counters computed from its rows with plain SQL. */
export async function recount(db: Db, projectId: number): Promise<ProjectCounters> {
  const { rows } = await sql<Record<string, number>>`
    select
      (select count(*) from tasks t where t.project_id = p.id) as task_number,
      (select count(*) from tasks t where t.project_id = p.id and (
        select count(*) from annotations a where a.task_id = t.id and (${FINISHED})) >= p.maximum_annotations
      ) as finished_task_number,
      (select count(*) from annotations a join tasks t on t.id = a.task_id
        where t.project_id = p.id and a.was_cancelled = 0) as total_annotations_number,
      (select count(*) from annotations a join tasks t on t.id = a.task_id
        where t.project_id = p.id and a.was_cancelled = 1) as skipped_annotations_number,
      (select count(*) from annotations a join tasks t on t.id = a.task_id
        where t.project_id = p.id and a.ground_truth = 1) as ground_truth_number,
      (select count(*) from annotations a join tasks t on t.id = a.task_id
        where t.project_id = p.id and ${USEFUL}) as useful_annotation_number,
      (select count(*) from tasks t where t.project_id = p.id and exists (
        select 1 from annotations a where a.task_id = t.id and ${USEFUL})) as num_tasks_with_annotations,
      (select count(*) from predictions r join tasks t on t.id = r.task_id
        where t.project_id = p.id) as total_predictions_number
    from projects p where p.id = ${projectId}`.execute(db.kysely);
  const row = rows[0]!;
  return Object.fromEntries(PROJECT_COUNTERS.map((k) => [k, Number(row[k])])) as ProjectCounters;
}

export const countersOf = (p: Project): ProjectCounters =>
  Object.fromEntries(PROJECT_COUNTERS.map((k) => [k, p[k]])) as ProjectCounters;

/**
 * What the API says (project and every task) equals the recount from rows; returns the
 * project's counters so a test can also assert exact values.
 */
export async function expectCountersConsistent(
  s: TestServer,
  projectId: number,
): Promise<ProjectCounters> {
  const stored = countersOf(await getProject(s, projectId));
  expect(stored).toEqual(await recount(s.db, projectId));
  const list = await listTasks(s, projectId);
  const all = [...list.tasks];
  for (let after = list.next_cursor; after;) {
    const next = await listTasks(s, projectId, `&after=${after}`);
    all.push(...next.tasks);
    after = next.next_cursor;
  }
  const tasks = all.map((t) => ({
    id: t.id,
    total_annotations: t.total_annotations,
    cancelled_annotations: t.cancelled_annotations,
    total_predictions: t.total_predictions,
    is_labeled: t.is_labeled,
  }));
  expect(tasks).toEqual(await recountTasks(s.db, projectId));
  expect(list.total).toBe(stored.task_number);
  expect(list.total_annotations).toBe(stored.total_annotations_number);
  expect(list.total_predictions).toBe(stored.total_predictions_number);
  return stored;
}

// ---------------------------------------------------------------------------------------------
// Real HTTP, for concurrency

/** Serve the app on an ephemeral port; requests then race for real. */
export async function listen(s: TestServer): Promise<{ url: string; close: () => Promise<void> }> {
  let server: ReturnType<typeof serve> | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: s.app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve(info.port),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server!.close(() => resolve())),
  };
}

/** Run `fn` against the app served over real HTTP, closing the server afterwards. */
export async function withHttp<T>(s: TestServer, fn: (url: string) => Promise<T>): Promise<T> {
  const http = await listen(s);
  try {
    return await fn(http.url);
  } finally {
    await http.close();
  }
}

/** One annotation POST per task and user, all in flight at once. */
export const annotateEach = (url: string, taskIds: number[], users: TestUser[], body: object) =>
  taskIds.flatMap((id) =>
    users.map((u) => httpJson(`${url}/api/tasks/${id}/annotations`, u, 'POST', body)),
  );

/** A JSON request over real HTTP as `user`. */
export async function httpJson(url: string, user: TestUser, method: string, body?: unknown) {
  const res = await fetch(url, {
    method,
    headers: { authorization: `Token ${user.token}`, 'content-type': 'application/json' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as unknown };
}
