import type { IncomingMessage } from 'node:http';
import type { Context } from 'hono';

/**
 * A request header, read from Node's already-parsed headers when served by the node adapter
 * (building the Fetch `Headers` object costs more than the rest of a small request's work);
 * through the Fetch API otherwise (tests mount the app in-process).
 */
export function requestHeader(c: Pick<Context, 'env' | 'req'>, name: string): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming) {
    const value = incoming.headers[name];
    return Array.isArray(value) ? value[0] : value;
  }
  return c.req.header(name);
}
