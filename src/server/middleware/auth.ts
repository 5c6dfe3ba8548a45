import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { sha256, verifyAccess } from '../auth/tokens';
import { sessionByHash } from '../db/sessions';
import { updateUser, userById, userByToken, type UserRow } from '../db/users';
import { nowIso } from '../db/time';
import { ApiError } from '../errors';
import type { AppEnv, AuthKind } from '../http/app-env';
import { requestHeader } from '../http/headers';

export const SESSION_COOKIE = 'margin_session';
export const CSRF_COOKIE = 'margin_csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const invalidToken = () => new ApiError(401, 'Invalid token.');

/** last_activity is written at most once a minute per user, never on every request. */
const ACTIVITY_EVERY_MS = 60_000;
const lastActivityWrite = new Map<number, number>();

function noteActivity(c: Context<AppEnv>, user: UserRow) {
  const now = Date.now();
  if (now - (lastActivityWrite.get(user.id) ?? 0) < ACTIVITY_EVERY_MS) return;
  lastActivityWrite.set(user.id, now);
  updateUser(c.get('deps').db.kysely, user.id, { last_activity: nowIso() }).catch((e: unknown) =>
    c.get('deps').log.error('last_activity update failed', { error: String(e) }),
  );
}

async function fromHeaders(c: Context<AppEnv>): Promise<[UserRow, AuthKind] | null> {
  const { db, accessKey } = c.get('deps');
  const header = requestHeader(c, 'authorization')?.trim();
  const apiKey = requestHeader(c, 'x-api-key')?.trim();
  if (header) {
    const [scheme, value] = header.split(/\s+/, 2);
    const kind = scheme?.toLowerCase();
    if (kind === 'token' && value) {
      const user = await userByToken(db.kysely, value);
      if (!user) throw invalidToken();
      return [user, 'token'];
    }
    if (kind === 'bearer' && value) {
      const id = verifyAccess(accessKey, value);
      const user = id === null ? undefined : await userById(db.kysely, id);
      if (!user) throw new ApiError(401, 'Token is invalid or expired.');
      return [user, 'bearer'];
    }
    throw new ApiError(
      401,
      'Invalid Authorization header: use "Token <key>" or "Bearer <access>".',
    );
  }
  if (apiKey) {
    const user = await userByToken(db.kysely, apiKey);
    if (!user) throw invalidToken();
    return [user, 'token'];
  }
  return null;
}

async function fromSession(c: Context<AppEnv>, enforceCsrf: boolean): Promise<UserRow | null> {
  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie) return null;
  const { db } = c.get('deps');
  const session = await sessionByHash(db.kysely, sha256(cookie), nowIso());
  if (!session) return null;
  if (enforceCsrf && UNSAFE.has(c.req.method)) {
    const sent = c.req.header('x-csrf-token');
    if (!sent || sent !== session.csrf_token || getCookie(c, CSRF_COOKIE) !== sent) {
      throw new ApiError(403, 'CSRF token missing or incorrect.');
    }
  }
  return (await userById(db.kysely, session.user_id)) ?? null;
}

/**
 * The caller: API token, then Bearer access token, then session cookie. Cookie-authenticated
 * writes must echo the CSRF cookie in X-CSRF-Token; public routes (login) skip that check.
 */
export async function resolveCaller(
  c: Context<AppEnv>,
  enforceCsrf: boolean,
): Promise<UserRow | null> {
  const byHeader = await fromHeaders(c);
  const user = byHeader?.[0] ?? (await fromSession(c, enforceCsrf));
  if (user && !user.is_active) throw new ApiError(401, 'User inactive or deleted.');
  c.set('user', user);
  c.set('authKind', byHeader?.[1] ?? (user ? 'session' : null));
  if (user) noteActivity(c, user);
  return user;
}
