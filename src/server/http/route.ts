import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { z } from 'zod';
import { ErrorBody } from '../../shared/api/errors';
import type { UserRow } from '../db/users';
import { ApiError, unauthenticated, validationError } from '../errors';
import { resolveCaller } from '../middleware/auth';
import type { AppEnv } from './app-env';
import { prepareContext } from './request-context';
import { assertNoNullCharacters, readJsonBody } from './body';
import { zodToValidationErrors } from './zod-errors';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteDef<
  P extends z.ZodType | undefined,
  Qs extends z.ZodType | undefined,
  B extends z.ZodType | undefined,
  A extends 'public' | 'user',
> {
  method: Method;
  /** Hono path (`/api/tasks/:id`); a trailing slash is matched too. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  auth: A;
  params?: P;
  query?: Qs;
  body?: B;
  /** Override the default body limit (bytes). */
  bodyLimit?: number;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
}

export interface RouteInput<P, Qs, B, A> {
  params: Out<P>;
  query: Out<Qs>;
  body: Out<B>;
  user: A extends 'user' ? UserRow : UserRow | null;
}

export type AppHono = OpenAPIHono<AppEnv>;

/** Patterns of every registered route, so an unmatched method can answer 405 instead of 404. */
const routeTable = new WeakMap<AppHono, { method: string; pattern: RegExp }[]>();

/**
 * `path` is `c.req.path`, which the non-strict router has already stripped of one trailing
 * slash; stripping more would make `/api/projects//` look like a route.
 */
export function allowedMethods(app: AppHono, path: string): string[] {
  return (routeTable.get(app) ?? []).filter((r) => r.pattern.test(path)).map((r) => r.method);
}

/** Record a route for the 405 answer; addRoute does this, plain `app.get` routes call it. */
export function noteRoute(app: AppHono, method: string, path: string): void {
  const table = routeTable.get(app) ?? [];
  table.push({
    method: method.toUpperCase(),
    pattern: new RegExp(`^${path.replace(/:(\w+)/g, '[^/]+')}$`),
  });
  routeTable.set(app, table);
}

function parseWith<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  // The input on each issue lets a type error say what was sent ("Expected string, got a number.").
  const parsed = schema.safeParse(value, { reportInput: true });
  if (!parsed.success) throw validationError(zodToValidationErrors(parsed.error, prefix));
  return parsed.data;
}

/** A malformed path id names nothing that exists: 404, like an unknown id. */
function parseParams<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(404, 'Not found.');
  return parsed.data;
}

function queryObject(c: Context<AppEnv>): Record<string, string | string[]> {
  const all = c.req.queries();
  return Object.fromEntries(
    Object.entries(all).map(([k, v]) => [k, v.length === 1 ? (v[0] as string) : v]),
  );
}

/**
 * One place that wires a route: OpenAPI entry from the same zod schemas, caller resolution,
 * and validation of params, query and body into the contract's error body.
 */
export function addRoute<
  P extends z.ZodType | undefined = undefined,
  Qs extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  A extends 'public' | 'user' = 'user',
>(
  app: AppHono,
  def: RouteDef<P, Qs, B, A>,
  handler: (c: Context<AppEnv>, input: RouteInput<P, Qs, B, A>) => Promise<Response> | Response,
): void {
  const openApiPath = def.path.replace(/:(\w+)/g, '{$1}');
  app.openAPIRegistry.registerPath({
    method: def.method,
    path: openApiPath,
    tags: [def.tag],
    summary: def.summary,
    ...(def.description ? { description: def.description } : {}),
    ...(def.auth === 'user' ? { security: [{ Token: [] }, { Session: [] }] } : {}),
    request: {
      ...(def.params ? { params: def.params as never } : {}),
      ...(def.query ? { query: def.query as never } : {}),
      ...(def.body
        ? { body: { content: { 'application/json': { schema: def.body } }, required: true } }
        : {}),
    },
    responses: Object.fromEntries(
      Object.entries({
        ...def.responses,
        ...(def.auth === 'user'
          ? { 401: { description: 'Not signed in', schema: ErrorBody } }
          : {}),
        ...(def.body ? { 400: { description: 'Validation error', schema: ErrorBody } } : {}),
      }).map(([status, r]) => [
        status,
        {
          description: r.description,
          ...(r.schema ? { content: { 'application/json': { schema: r.schema } } } : {}),
        },
      ]),
    ),
  });

  noteRoute(app, def.method, def.path);

  app.on(def.method.toUpperCase(), def.path, async (c) => {
    prepareContext(c, app);
    const user = await resolveCaller(c, def.auth === 'user');
    if (def.auth === 'user' && !user) throw unauthenticated();
    const params = def.params ? parseParams(def.params, c.req.param()) : undefined;
    const query = def.query
      ? parseWith(def.query, assertNoNullCharacters(queryObject(c)))
      : undefined;
    const body = def.body
      ? parseWith(def.body, await readJsonBody(c, def.bodyLimit ?? c.get('deps').config.bodyLimit))
      : undefined;
    return handler(c, { params, query, body, user } as RouteInput<P, Qs, B, A>);
  });
}
