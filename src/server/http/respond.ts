import type { Context } from 'hono';
import type { ContentfulStatusCode, StatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env';

const JSON_TYPE = 'application/json; charset=utf-8';

/** JSON answer with the contract's content type (cookies set on `c` are kept); 204 → empty. */
export function json(
  c: Context<AppEnv>,
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  if (status === 204) return c.body(null, 204, headers);
  return c.newResponse(JSON.stringify(body), status as StatusCode, {
    'content-type': JSON_TYPE,
    ...headers,
  });
}

export const noContent = (c: Context<AppEnv>) => c.body(null, 204);

/** Absolute URL for pagination links, from the request's own URL. */
export function absoluteUrl(c: Context<AppEnv>, params: Record<string, string | number>): string {
  const url = new URL(c.req.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  return url.toString();
}

export type { ContentfulStatusCode };
