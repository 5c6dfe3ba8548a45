import type { z } from 'zod';
import { ErrorBody } from '../../shared/api/errors';
import { readCookie } from './cookies';

/** The server sets this readable cookie at login; cookie-authenticated writes echo it back. */
export const CSRF_COOKIE = 'margin_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const UNSAFE_METHODS: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type QueryValue =
  string | number | boolean | null | undefined | readonly (string | number)[];

export interface RequestOptions {
  method?: Method;
  /** Sent as JSON. */
  body?: unknown;
  /** Appended as `?key=value`; `undefined`/`null` entries are left out, arrays are comma-joined. */
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** Extra request headers, e.g. `If-Match` for an optimistic-concurrency update. */
  headers?: Record<string, string>;
  /** Lets the request outlive the page (a last draft save on `pagehide`). */
  keepalive?: boolean;
}

/** The server answered with a non-2xx status. `body` is the contract's error body when it sent one. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly body: ErrorBody | null;
  /** Seconds from `Retry-After` (429, 503), when present. */
  readonly retryAfter: number | null;

  constructor(status: number, body: ErrorBody | null, retryAfter: number | null = null) {
    super(body?.detail ?? `Request failed with status ${status}.`);
    this.status = status;
    this.body = body;
    this.retryAfter = retryAfter;
  }

  get detail(): string {
    return this.message;
  }

  get validationErrors(): Record<string, string[]> {
    return this.body?.validation_errors ?? {};
  }

  /** The server logs 5xx traces under this id; worth showing so a user can quote it. */
  get requestId(): string | null {
    return this.body?.id ?? null;
  }
}

/** The request never got an answer: offline, DNS, connection reset, server down. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(cause: unknown) {
    super('Could not reach the server.', { cause });
  }
}

/** A 2xx answer that does not match the shared schema: a contract bug, never the user's fault. */
export class UnexpectedResponseError extends Error {
  override readonly name = 'UnexpectedResponseError';
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`Unexpected response from ${path}.`, { cause });
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  return JSON.parse(text) as unknown;
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody | null = null;
  try {
    const parsed = ErrorBody.safeParse(await readJson(response));
    if (parsed.success) body = parsed.data;
  } catch {
    // A proxy's HTML error page, an empty body: the status alone still says what happened.
  }
  return new ApiError(response.status, body, parseRetryAfter(response.headers.get('Retry-After')));
}

/**
 * The one way the SPA talks to the API: same-origin, session cookie, CSRF header on writes,
 * every success body parsed with a shared zod schema. Without a schema the body is ignored
 * (204 answers such as logout).
 */
export async function apiFetch<S extends z.ZodType>(
  path: string,
  options: RequestOptions & { schema: S },
): Promise<z.output<S>>;
export async function apiFetch(path: string, options?: RequestOptions): Promise<void>;
export async function apiFetch(
  path: string,
  options: RequestOptions & { schema?: z.ZodType } = {},
): Promise<unknown> {
  const method = options.method ?? 'GET';
  const headers = new Headers({ Accept: 'application/json', ...options.headers });
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (options.keepalive) init.keepalive = true;
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    init.body = JSON.stringify(options.body);
  }
  if (UNSAFE_METHODS.has(method)) {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers.set(CSRF_HEADER, csrf);
  }
  if (options.signal) init.signal = options.signal;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), init);
  } catch (error) {
    // Cancellation is react-query's business, not a network failure.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }

  if (!response.ok) throw await toApiError(response);
  if (!options.schema) return undefined;

  // No content: whether nothing is an answer is the schema's to say (e.g. `.nullable()`).
  let json: unknown = null;
  try {
    if (response.status !== 204) json = await readJson(response);
  } catch (error) {
    throw new UnexpectedResponseError(path, error);
  }
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) throw new UnexpectedResponseError(path, parsed.error);
  return parsed.data;
}

/** A sentence a person can act on, for any error the API client throws. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status >= 500) return 'The server ran into a problem. Please try again.';
    return error.detail;
  }
  if (error instanceof NetworkError) {
    return 'Could not reach the server. Check your connection and try again.';
  }
  if (error instanceof UnexpectedResponseError) {
    return 'The server sent a response this page does not understand. Reloading may help.';
  }
  return 'Something went wrong. Please try again.';
}
