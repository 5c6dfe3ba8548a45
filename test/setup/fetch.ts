// A stub for the one thing component tests fake: the network. Routes are keyed by
// "METHOD /path" (query string ignored); unmatched requests answer 404 with a detail that
// names the missing stub, so a forgotten route shows up in the UI and in assertions.
import { vi } from 'vitest';
import { buildErrorBody } from './factories';

export interface StubRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The parsed JSON body, if any. */
  body: unknown;
}

export type Reply = Response | ((request: StubRequest) => Response | Promise<Response>);

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
  });
}

/** A contract error body (api-contract.md §2). */
export function errorResponse(
  status: number,
  detail: string,
  options: { validationErrors?: Record<string, string[]>; headers?: Record<string, string> } = {},
) {
  return jsonResponse(
    buildErrorBody(status, detail, options.validationErrors),
    status,
    options.headers,
  );
}

export const noContent = () => new Response(null, { status: 204 });

/**
 * Stubs global fetch. A route's value is one reply (used for every call) or a list used in
 * order, the last one repeating. Returns the requests seen, for assertions.
 */
export function stubFetch(routes: Record<string, Reply | Reply[]>) {
  const requests: StubRequest[] = [];
  const calls = new Map<string, number>();

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const text = typeof init.body === 'string' ? init.body : undefined;
    const request: StubRequest = {
      method,
      url,
      headers: new Headers(init.headers),
      body: text === undefined ? undefined : (JSON.parse(text) as unknown),
    };
    requests.push(request);

    const key = `${method} ${url.pathname}`;
    const route = routes[key];
    if (route === undefined) return errorResponse(404, `No stub for ${key}`);
    const replies = Array.isArray(route) ? route : [route];
    const n = calls.get(key) ?? 0;
    calls.set(key, n + 1);
    const reply = replies[Math.min(n, replies.length - 1)]!;
    return typeof reply === 'function' ? reply(request) : reply.clone();
  });

  vi.stubGlobal('fetch', fetchMock);
  return { fetch: fetchMock, requests };
}
