import type { Context } from 'hono';
import type { ContentfulStatusCode, StatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * JSON answer with the contract's content type; 204 → empty. A plain Response with plain
 * headers takes the node adapter's fast path; routes that set cookies use `jsonWithCookies`.
 */
export function json(
  _c: Context<AppEnv>,
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  if (status === 204) return new Response(null, { status, headers });
  return jsonText(JSON.stringify(body), status, headers);
}

/** A plain Response with plain headers: the node adapter's fast path. */
const jsonText = (text: string, status: number, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { 'content-type': JSON_TYPE, ...headers } });

/**
 * JSON answer for a task whose `data` is the stored JSON text, spliced in as it is: the text was
 * written by JSON.stringify, so parsing and serializing it again would give back the same
 * characters — at a cost that grows with the document (about 0.7 ms for 200,000 characters).
 * `body` comes from `presentTask(row, { storedData: true })`: `id` then `data` lead its keys.
 */
export function jsonWithStoredData(
  _c: Context<AppEnv>,
  body: { id: number; data: unknown },
  storedData: string,
): Response {
  const text = JSON.stringify(body);
  const head = `{"id":${body.id},"data":{}`;
  if (!text.startsWith(head)) throw new Error('jsonWithStoredData: id and data must lead');
  return jsonText(`{"id":${body.id},"data":${storedData}${text.slice(head.length)}`, 200);
}

/** As `json`, keeping the headers (Set-Cookie) that were set on the context. */
export function jsonWithCookies(c: Context<AppEnv>, body: unknown, status = 200): Response {
  return c.newResponse(JSON.stringify(body), status as StatusCode, { 'content-type': JSON_TYPE });
}

export const noContent = (c: Context<AppEnv>) => c.body(null, 204);

/** Absolute URL for pagination links, from the request's own URL. */
export function absoluteUrl(c: Context<AppEnv>, params: Record<string, string | number>): string {
  const url = new URL(c.req.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  return url.toString();
}

export type { ContentfulStatusCode };
