import { afterAll, beforeAll, expect } from 'vitest';
import type { z } from 'zod';
import { ErrorBody } from '../../src/shared/api/errors';
import { Task } from '../../src/shared/api/tasks';
import type { ServerConfig } from '../../src/server/env';
import { expectFieldError as fieldErrors, expectStatus } from './api-helpers';
import {
  startTestServer,
  type RequestOpts,
  type TestResponse,
  type TestServer,
} from './test-server';

/**
 * Helpers for the API suites of auth, users, roles, projects and HTTP conventions, on top of
 * api-helpers.ts (fixtures, builders, error assertions shared with the task suites).
 */
export {
  annotate,
  createProject,
  createTask,
  expectError,
  getProject,
  labelConfig,
  sentimentResult,
} from './api-helpers';

/** api-contract.md §1: ISO 8601, UTC, six fractional digits, `Z`. */
export const DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;
const UNIT = '(year|month|week|day|hour|minute)s?';
/** `created_ago`: "N\u00a0unit", at most two units joined by ", ". */
export const CREATED_AGO = new RegExp(`^\\d+\\u00a0${UNIT}(, \\d+\\u00a0${UNIT})?$`);

export const FORBIDDEN = 'You do not have permission to perform this action.';
export const NO_CREDENTIALS = 'Authentication credentials were not provided.';

const ERROR_KEYS = ['id', 'status_code', 'version', 'detail', 'exc_info'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A JS stack frame (`    at fn (file.ts:1:2)`) anywhere in a body, raw or JSON-escaped. */
const STACK_FRAME = /(^|\\n|\n)\s*at \S.*(:\d+:\d+|<anonymous>)/;
const VALIDATE_PATH = /^\/api\/projects\/validate\/?$/;

/** The contract's error body (§2): shape, key order, status echo, request id, no trace. */
export function checkErrorBody(res: TestResponse, where = ''): ErrorBody {
  expect(res.headers.get('content-type'), where).toMatch(/^application\/json/);
  const body = ErrorBody.parse(res.body);
  expect(Object.keys(res.body as object).slice(0, ERROR_KEYS.length), where).toEqual(ERROR_KEYS);
  expect(body.status_code, where).toBe(res.status);
  expect(body.exc_info, where).toBeNull();
  expect(body.id, where).toMatch(UUID);
  expect(res.text, where).not.toMatch(STACK_FRAME);
  return body;
}

/**
 * The test server, with every request checked: never a 5xx, and every error answer in the
 * contract's shape (except `POST /api/projects/validate`'s plain `{"label_config": [...]}`).
 */
export async function startApi(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const s = await startTestServer(overrides);
  const request = async (method: string, path: string, opts?: RequestOpts) => {
    const res = await s.request(method, path, opts);
    const where = `${method} ${path} → ${res.status} ${res.text.slice(0, 600)}`;
    expect(res.status, where).toBeLessThan(500);
    if (res.status >= 400 && !(VALIDATE_PATH.test(path) && res.status === 400)) {
      checkErrorBody(res, where);
    }
    return res;
  };
  return { ...s, request };
}

/** A checked server for the whole file: started before its tests, closed after. */
export function useApi(overrides: Partial<ServerConfig> = {}): TestServer {
  const server = {} as TestServer;
  beforeAll(async () => {
    Object.assign(server, await startApi(overrides));
  });
  afterAll(async () => server.close());
  return server;
}

/** Assert the status (showing the body when it differs) and parse the body with the schema. */
export const expectOk = <S extends z.ZodType>(res: TestResponse, status: number, schema: S) =>
  schema.parse(expectStatus(res, status).body) as z.output<S>;

/** A 400 "Validation error" naming `field` (its messages matching `message`); returns them. */
export function expectFieldError(res: TestResponse, field: string, message?: RegExp): string[] {
  const messages = fieldErrors(res, field);
  if (message) expect(messages.join('\n')).toMatch(message);
  return messages;
}

export async function getTask(s: TestServer, id: number): Promise<Task> {
  return expectOk(await s.request('GET', `/api/tasks/${id}`), 200, Task);
}

/** Cookies from a login answer, as a browser sends them back. */
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

/** Request options of a browser holding `session` (no token). */
export const cookieOpts = (session: BrowserSession, headers: Record<string, string> = {}) => ({
  as: null,
  headers: { cookie: session.cookie, ...headers },
});
