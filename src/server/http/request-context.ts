import type { Context } from 'hono';
import type { AppDeps, AppEnv } from './app-env';

const depsByApp = new WeakMap<object, AppDeps>();

/** createApp() ties its deps to the app before any route is registered. */
export function bindDeps(app: object, deps: AppDeps): void {
  depsByApp.set(app, deps);
}

/**
 * The per-request variables every handler reads. Each handler sets them itself, first thing,
 * instead of a `*` middleware: a matched route with one handler skips Hono's middleware
 * composition, worth a few percent of a small request.
 */
export function prepareContext(c: Context<AppEnv>, app: object): AppDeps {
  const ready = c.get('deps') as AppDeps | undefined;
  if (ready) return ready;
  const deps = depsByApp.get(app);
  if (!deps) throw new Error('createApp() did not bind the app’s deps');
  c.set('deps', deps);
  c.set('requestId', crypto.randomUUID());
  c.set('user', null);
  c.set('authKind', null);
  return deps;
}

/** A plain Hono handler (not an `addRoute` API route) with the request variables set. */
export const withContext =
  <R>(app: object, handler: (c: Context<AppEnv>) => R) =>
  (c: Context<AppEnv>): R => {
    prepareContext(c, app);
    return handler(c);
  };
