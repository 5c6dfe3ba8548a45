import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ErrorBody } from '../../../shared/api/errors';
import { permissionsOf } from '../../../shared/api/permissions';
import {
  AccessBody,
  LoginBody,
  RefreshBody,
  TokenBody,
  User,
  Whoami,
  type Role,
} from '../../../shared/api/users';
import { verifyPassword } from '../../auth/passwords';
import { newApiToken, newSecret, sha256, signAccess } from '../../auth/tokens';
import {
  accessTokenOwner,
  clearLoginFailures,
  deleteSession,
  insertAccessToken,
  insertSession,
  loginFailuresSince,
  oldestFailureSince,
  recordLoginFailure,
} from '../../db/sessions';
import { isoMinus, isoPlus, nowIso } from '../../db/time';
import { updateUser, userById } from '../../db/users';
import { ApiError, badRequest } from '../../errors';
import type { AppEnv } from '../../http/app-env';
import { json, jsonWithCookies, noContent } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../middleware/auth';
import { presentUser } from '../../present/users';

const SESSION_DAYS = 14;
const LOCKOUT_WINDOW_S = 15 * 60;
const LOCKOUT_AFTER = 10;
const ACCESS_TTL_S = 5 * 60;

const isHttps = (c: Context<AppEnv>) =>
  new URL(c.req.url).protocol === 'https:' ||
  (c.get('deps').config.trustProxy && c.req.header('x-forwarded-proto') === 'https');

/** The socket's address; X-Forwarded-For only from a trusted proxy (else anyone could dodge the lockout). */
function clientIp(c: Context<AppEnv>): string {
  const forwarded = c.get('deps').config.trustProxy
    ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    : undefined;
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  return forwarded || incoming?.socket?.remoteAddress || 'unknown';
}

export function registerAuthRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'post',
      path: '/api/auth/login',
      tag: 'Auth',
      summary: 'Sign in with email and password (sets the session and CSRF cookies)',
      auth: 'public',
      body: LoginBody,
      responses: {
        200: { description: 'Signed in', schema: User },
        429: { description: 'Too many failed attempts', schema: ErrorBody },
      },
    },
    async (c, { body }) => {
      const { db } = c.get('deps');
      const email = body.email.trim().toLowerCase();
      const ip = clientIp(c);
      const since = isoMinus(LOCKOUT_WINDOW_S);
      if ((await loginFailuresSince(db.kysely, email, ip, since)) >= LOCKOUT_AFTER) {
        const oldest = (await oldestFailureSince(db.kysely, email, ip, since))?.oldest;
        const retry = oldest
          ? Math.max(
              1,
              Math.ceil((Date.parse(oldest) + LOCKOUT_WINDOW_S * 1000 - Date.now()) / 1000),
            )
          : LOCKOUT_WINDOW_S;
        throw new ApiError(
          429,
          'Too many failed sign-in attempts. Try again later.',
          {},
          { 'retry-after': String(retry) },
        );
      }
      const found = await db.kysely
        .selectFrom('users')
        .select(['id', 'password_hash', 'is_active'])
        .where('email', '=', email)
        .executeTakeFirst();
      const ok = found ? await verifyPassword(body.password, found.password_hash) : false;
      if (!found || !ok || !found.is_active) {
        await recordLoginFailure(db.kysely, email, ip, nowIso());
        throw badRequest('Invalid email or password.');
      }
      await clearLoginFailures(db.kysely, email);
      const sessionId = newSecret(32);
      const csrf = newSecret(24);
      const now = nowIso();
      const expires = new Date(Date.now() + SESSION_DAYS * 86400_000);
      await insertSession(db.kysely, {
        id_hash: sha256(sessionId),
        user_id: found.id,
        csrf_token: csrf,
        created_at: now,
        expires_at: isoPlus(SESSION_DAYS * 86400),
      });
      const secure = isHttps(c);
      setCookie(c, SESSION_COOKIE, sessionId, {
        httpOnly: true,
        sameSite: 'Lax',
        secure,
        path: '/',
        expires,
      });
      setCookie(c, CSRF_COOKIE, csrf, {
        httpOnly: false,
        sameSite: 'Lax',
        secure,
        path: '/',
        expires,
      });
      await updateUser(db.kysely, found.id, { last_activity: now });
      const user = (await userById(db.kysely, found.id))!;
      return jsonWithCookies(c, presentUser(user));
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/auth/logout',
      tag: 'Auth',
      summary: 'Sign out (ends the session)',
      auth: 'public',
      responses: { 204: { description: 'Signed out' } },
    },
    async (c) => {
      const cookie = getCookie(c, SESSION_COOKIE);
      if (cookie) await deleteSession(c.get('deps').db.kysely, sha256(cookie));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      deleteCookie(c, CSRF_COOKIE, { path: '/' });
      return noContent(c);
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/current-user/whoami',
      tag: 'Auth',
      summary: 'The signed-in user and their permissions',
      auth: 'user',
      responses: { 200: { description: 'OK', schema: Whoami } },
    },
    (c, { user }) =>
      json(c, { ...presentUser(user), permissions: permissionsOf(user.role as Role) }),
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/current-user/token',
      tag: 'Auth',
      summary: "The caller's API token",
      auth: 'user',
      responses: { 200: { description: 'OK', schema: TokenBody } },
    },
    (c, { user }) => json(c, { token: user.api_token }),
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/current-user/reset-token',
      tag: 'Auth',
      summary: 'Replace the API token; the old one stops working at once',
      auth: 'user',
      responses: { 201: { description: 'New token', schema: TokenBody } },
    },
    async (c, { user }) => {
      const token = newApiToken();
      await updateUser(c.get('deps').db.kysely, user.id, { api_token: token });
      return json(c, { token }, 201);
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/token',
      tag: 'Auth',
      summary: 'Create a personal access token (shown once) for Bearer access tokens',
      auth: 'user',
      responses: { 201: { description: 'Created', schema: TokenBody } },
    },
    async (c, { user }) => {
      const token = newSecret(32);
      await insertAccessToken(c.get('deps').db.kysely, user.id, sha256(token), nowIso());
      return json(c, { token }, 201);
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/token/refresh',
      tag: 'Auth',
      summary: 'Trade a personal access token for a 5-minute Bearer access token',
      auth: 'public',
      body: RefreshBody,
      responses: { 200: { description: 'OK', schema: AccessBody } },
    },
    async (c, { body }) => {
      const owner = await accessTokenOwner(c.get('deps').db.kysely, sha256(body.refresh));
      const user = owner ? await userById(c.get('deps').db.kysely, owner.user_id) : undefined;
      if (!user || !user.is_active) throw new ApiError(401, 'Token is invalid or expired.');
      return json(c, { access: signAccess(c.get('deps').accessKey, user.id, ACCESS_TTL_S) });
    },
  );
}
