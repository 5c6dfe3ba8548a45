import { expect } from 'vitest';
import type { z } from 'zod';
import { ErrorBody } from '../../src/shared/api/errors';
import { Project, type ProjectWrite } from '../../src/shared/api/projects';
import { Task } from '../../src/shared/api/tasks';
import type { ServerConfig } from '../../src/server/env';
import {
  startTestServer,
  type RequestOpts,
  type TestResponse,
  type TestServer,
  type TestUser,
} from './test-server';

/** api-contract.md §1: ISO 8601, UTC, six fractional digits, `Z`. */
export const DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
const UNIT = '(year|month|week|day|hour|minute)s?';
/** `created_ago`: "N\u00a0unit", at most two units joined by ", ". */
export const CREATED_AGO = new RegExp(`^\\d+\\u00a0${UNIT}(, \\d+\\u00a0${UNIT})?$`);

const ERROR_KEYS = ['id', 'status_code', 'version', 'detail', 'exc_info'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A JS stack frame (`    at fn (file.ts:1:2)`) anywhere in a body. */
const STACK_FRAME = /(^|\\n|\n)\s*at \S.*(:\d+:\d+|<anonymous>)/;
const VALIDATE_PATH = /^\/api\/projects\/validate\/?$/;

const describeRes = (method: string, path: string, res: TestResponse) =>
  `${method} ${path} → ${res.status} ${res.text.slice(0, 600)}`;

/** The contract's error body (§2): shape, key order, status echo, no trace. */
export function checkErrorBody(res: TestResponse, where = ''): ErrorBody {
  expect(res.headers.get('content-type'), where).toMatch(/^application\/json/);
  const body = ErrorBody.parse(res.body);
  expect(Object.keys(res.body as object).slice(0, ERROR_KEYS.length), where).toEqual(ERROR_KEYS);
  expect(body.status_code, where).toBe(res.status);
  expect(body.exc_info, where).toBeNull();
  expect(body.id, where).toMatch(UUID);
  expect(res.text, where).not.toMatch(STACK_FRAME);
  if (res.status >= 500) expect(body.detail).toBe('Internal server error');
  return body;
}

/**
 * The test server, with every request checked: never a 5xx, and every error answer in the
 * contract's shape (the one exception being `POST /api/projects/validate`'s plain body).
 */
export async function startApi(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const s = await startTestServer(overrides);
  const request = async (method: string, path: string, opts?: RequestOpts) => {
    const res = await s.request(method, path, opts);
    const where = describeRes(method, path, res);
    expect(res.status, where).toBeLessThan(500);
    if (res.status >= 400 && !(VALIDATE_PATH.test(path) && res.status === 400)) {
      checkErrorBody(res, where);
    }
    return res;
  };
  return { ...s, request };
}

/** Assert the status (showing the body when it differs) and parse the body with the schema. */
export function expectOk<S extends z.ZodType>(
  res: TestResponse,
  status: number,
  schema: S,
): z.output<S> {
  expect(res.status, res.text.slice(0, 600)).toBe(status);
  return schema.parse(res.body);
}

export function expectError(
  res: TestResponse,
  status: number,
  detail?: string | RegExp,
): ErrorBody {
  expect(res.status, res.text.slice(0, 600)).toBe(status);
  const body = checkErrorBody(res);
  if (typeof detail === 'string') expect(body.detail).toBe(detail);
  else if (detail) expect(body.detail).toMatch(detail);
  return body;
}

/** A 400 "Validation error" whose `validation_errors` has `field`; returns its messages. */
export function expectFieldError(res: TestResponse, field: string, message?: RegExp): string[] {
  const body = expectError(res, 400, 'Validation error');
  const messages = body.validation_errors?.[field];
  expect(messages, `validation_errors: ${JSON.stringify(body.validation_errors)}`).toBeDefined();
  if (message) expect(messages!.join('\n')).toMatch(message);
  return messages!;
}

export const FORBIDDEN = 'You do not have permission to perform this action.';
export const NO_CREDENTIALS = 'Authentication credentials were not provided.';

export const SENTIMENT = `<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices></View>`;

/** A valid annotation result for SENTIMENT. */
export const choice = (value: 'Positive' | 'Negative') => [
  {
    id: 'sentiment1',
    from_name: 'sentiment',
    to_name: 'text',
    type: 'choices',
    value: { choices: [value] },
  },
];

export async function createProject(
  s: TestServer,
  body: ProjectWrite = {},
  as?: TestUser,
): Promise<Project> {
  const res = await s.request('POST', '/api/projects', {
    body: { label_config: SENTIMENT, ...body },
    ...(as ? { as } : {}),
  });
  return expectOk(res, 201, Project);
}

export async function createTask(s: TestServer, project: number, text = 'hello'): Promise<Task> {
  return expectOk(
    await s.request('POST', '/api/tasks', { body: { project, data: { text } } }),
    201,
    Task,
  );
}

export async function getProject(s: TestServer, id: number, as?: TestUser): Promise<Project> {
  return expectOk(await s.request('GET', `/api/projects/${id}`, as ? { as } : {}), 200, Project);
}

export async function getTask(s: TestServer, id: number): Promise<Task> {
  return expectOk(await s.request('GET', `/api/tasks/${id}`), 200, Task);
}

/** Cookies from a login answer, as a browser would send them back. */
export interface BrowserSession {
  cookie: string;
  csrf: string;
  setCookie: string[];
}

export function sessionFrom(res: TestResponse): BrowserSession {
  const setCookie = res.headers.getSetCookie();
  const pairs = setCookie.map((c) => c.split(';')[0]!);
  const csrf = pairs.find((p) => p.startsWith('margin_csrf='))?.slice('margin_csrf='.length) ?? '';
  return { cookie: pairs.join('; '), csrf, setCookie };
}

export const cookieOpts = (session: BrowserSession, headers: Record<string, string> = {}) => ({
  as: null,
  headers: { cookie: session.cookie, ...headers },
});
