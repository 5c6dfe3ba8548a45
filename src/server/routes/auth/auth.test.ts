import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { permissionsOf } from '../../../shared/api/permissions';
import { AccessBody, TokenBody, User, Whoami } from '../../../shared/api/users';
import {
  DATETIME,
  NO_CREDENTIALS,
  cookieOpts,
  expectError,
  expectOk,
  sessionFrom,
  useApi,
} from '../../../../test/setup/api';
import type { TestServer, TestUser } from '../../../../test/setup/test-server';

// Lockout is counted per address; requests carry one through a trusted proxy header.
const s = useApi({ trustProxy: true });

const whoami = (opts: Parameters<TestServer['request']>[2]) =>
  s.request('GET', '/api/current-user/whoami', opts);

/** Sign in as `user`; `ip` keeps lockout counting apart from other tests. */
async function login(user: TestUser, password = user.password, ip = '198.51.100.1') {
  return s.request('POST', '/api/auth/login', {
    as: null,
    body: { email: user.user.email, password },
    headers: { 'x-forwarded-for': ip },
  });
}

describe('API token', () => {
  it('accepts "Authorization: Token <key>" and "X-Api-Key: <key>"', async () => {
    const viaHeader = expectOk(await whoami({}), 200, Whoami);
    expect(viaHeader.email).toBe('admin@example.org');
    const viaApiKey = await whoami({ as: null, headers: { 'x-api-key': s.admin.token } });
    expect(expectOk(viaApiKey, 200, Whoami).id).toBe(s.admin.user.id);
  });

  it('answers 401 "Invalid token." for an unknown key, by either header', async () => {
    const unknown = 'f'.repeat(40);
    expectError(
      await whoami({ as: null, headers: { authorization: `Token ${unknown}` } }),
      401,
      'Invalid token.',
    );
    expectError(
      await whoami({ as: null, headers: { 'x-api-key': unknown } }),
      401,
      'Invalid token.',
    );
  });

  it('answers 401 without credentials', async () => {
    expectError(await whoami({ as: null }), 401, NO_CREDENTIALS);
    expectError(await s.request('GET', '/api/projects', { as: null }), 401, NO_CREDENTIALS);
  });

  it('whoami carries the user and the permissions of their role', async () => {
    for (const role of ['annotator', 'reviewer', 'admin'] as const) {
      const user = await s.makeUser(role);
      const me = expectOk(await whoami({ as: user }), 200, Whoami);
      expect(me).toMatchObject({ id: user.user.id, email: user.user.email, role, is_active: true });
      expect(me.permissions).toEqual(permissionsOf(role));
      expect(me.date_joined).toMatch(DATETIME);
    }
  });

  it('GET /api/current-user/token returns the caller’s 40-hex key', async () => {
    const res = expectOk(await s.request('GET', '/api/current-user/token'), 200, TokenBody);
    expect(res.token).toBe(s.admin.token);
    expect(res.token).toMatch(/^[0-9a-f]{40}$/);
  });

  it('reset-token answers 201 with a new key; the old one fails at once', async () => {
    const user = await s.makeUser('annotator');
    const reset = expectOk(
      await s.request('POST', '/api/current-user/reset-token', { as: user }),
      201,
      TokenBody,
    );
    expect(reset.token).toMatch(/^[0-9a-f]{40}$/);
    expect(reset.token).not.toBe(user.token);
    expectError(await whoami({ as: user }), 401, 'Invalid token.');
    const fresh = { ...user, token: reset.token };
    expect(expectOk(await whoami({ as: fresh }), 200, Whoami).id).toBe(user.user.id);
    const shown = expectOk(
      await s.request('GET', '/api/current-user/token', { as: fresh }),
      200,
      TokenBody,
    );
    expect(shown.token).toBe(reset.token);
  });
});

describe('Bearer access tokens', () => {
  it('trades a personal access token for a working Bearer token', async () => {
    const user = await s.makeUser('reviewer');
    const pat = expectOk(await s.request('POST', '/api/token', { as: user }), 201, TokenBody);
    const refreshed = await s.request('POST', '/api/token/refresh', {
      as: null,
      body: { refresh: pat.token },
    });
    const { access } = expectOk(refreshed, 200, AccessBody);
    const me = await whoami({ as: null, headers: { authorization: `Bearer ${access}` } });
    expect(expectOk(me, 200, Whoami).id).toBe(user.user.id);
  });

  it('refuses a garbage Bearer token and a garbage refresh token with 401', async () => {
    for (const bad of ['garbage', '1.9999999999.AAAA', `${s.admin.user.id}.1.x`]) {
      expectError(await whoami({ as: null, headers: { authorization: `Bearer ${bad}` } }), 401);
    }
    const refresh = await s.request('POST', '/api/token/refresh', {
      as: null,
      body: { refresh: 'nope' },
    });
    expectError(refresh, 401);
  });
});

describe('session login', () => {
  it('sets an HttpOnly Lax session cookie and a readable CSRF cookie', async () => {
    const user = await s.makeUser('annotator');
    const res = await login(user);
    const me = expectOk(res, 200, User);
    expect(me).toMatchObject({ id: user.user.id, email: user.user.email });
    expect(me.last_activity).toMatch(DATETIME);
    const session = sessionFrom(res);
    const cookie = (name: string) => session.setCookie.find((c) => c.startsWith(`${name}=`)) ?? '';
    expect(cookie('margin_session')).toMatch(/; HttpOnly/i);
    expect(cookie('margin_session')).toMatch(/; SameSite=Lax/i);
    expect(cookie('margin_session')).toMatch(/; Path=\//);
    expect(cookie('margin_session')).not.toMatch(/; Secure/i);
    expect(cookie('margin_csrf')).not.toMatch(/HttpOnly/i);
    expect(cookie('margin_csrf')).toMatch(/; SameSite=Lax/i);
    expect(session.csrf.length).toBeGreaterThan(16);
  });

  it('marks the cookies Secure when served over HTTPS', async () => {
    const user = await s.makeUser('annotator');
    const res = await s.request('POST', '/api/auth/login', {
      as: null,
      body: { email: user.user.email, password: user.password },
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.2' },
    });
    expectOk(res, 200, User);
    for (const c of sessionFrom(res).setCookie) expect(c).toMatch(/; Secure/i);
  });

  it('accepts the email in any case and with surrounding spaces', async () => {
    const user = await s.makeUser('annotator');
    const res = await s.request('POST', '/api/auth/login', {
      as: null,
      body: { email: ` ${user.user.email.toUpperCase()} `, password: user.password },
      headers: { 'x-forwarded-for': '198.51.100.3' },
    });
    expect(expectOk(res, 200, User).id).toBe(user.user.id);
  });

  it('authenticates reads by cookie, and writes only with the CSRF token', async () => {
    const user = await s.makeUser('admin');
    const session = sessionFrom(await login(user));
    const me = expectOk(await whoami(cookieOpts(session)), 200, Whoami);
    expect(me.id).toBe(user.user.id);

    const write = (headers: Record<string, string> = {}) =>
      s.request('POST', '/api/projects', {
        ...cookieOpts(session, headers),
        body: { title: 'By cookie' },
      });
    const csrfError = 'CSRF token missing or incorrect.';
    expectError(await write(), 403, csrfError);
    expectError(await write({ 'x-csrf-token': 'wrong' }), 403, csrfError);
    expect((await write({ 'x-csrf-token': session.csrf })).status).toBe(201);
    // Every unsafe method is checked, not only POST.
    expectError(
      await s.request('PATCH', `/api/users/${user.user.id}`, { ...cookieOpts(session), body: {} }),
      403,
      csrfError,
    );
    expectError(await s.request('DELETE', '/api/projects/1', cookieOpts(session)), 403, csrfError);
  });

  it('needs no CSRF token for token-authenticated writes', async () => {
    const res = await s.request('POST', '/api/projects', { body: { title: 'By token' } });
    expect(res.status).toBe(201);
  });

  it('logout answers 204, clears the cookies and ends the session', async () => {
    const user = await s.makeUser('reviewer');
    const session = sessionFrom(await login(user));
    const out = await s.request('POST', '/api/auth/logout', cookieOpts(session));
    expect(out.status).toBe(204);
    expect(out.text).toBe('');
    const cleared = out.headers.getSetCookie();
    expect(cleared.some((c) => /^margin_session=;/.test(c) && /Max-Age=0/i.test(c))).toBe(true);
    expectError(await whoami(cookieOpts(session)), 401, NO_CREDENTIALS);
    // Logging out without a session is harmless.
    expect((await s.request('POST', '/api/auth/logout', { as: null })).status).toBe(204);
  });

  it('refuses a wrong password or unknown email with one message', async () => {
    const user = await s.makeUser('annotator');
    const ip = '198.51.100.4';
    expectError(await login(user, 'not the password', ip), 400, 'Invalid email or password.');
    const unknown = await s.request('POST', '/api/auth/login', {
      as: null,
      body: { email: 'nobody@example.org', password: 'whatever1' },
      headers: { 'x-forwarded-for': ip },
    });
    expectError(unknown, 400, 'Invalid email or password.');
    expect(unknown.headers.getSetCookie()).toEqual([]);
  });

  it('validates the login body', async () => {
    const res = await s.request('POST', '/api/auth/login', { as: null, body: { email: 'a@b.co' } });
    expectError(res, 400, 'Validation error');
    expect(res.body.validation_errors).toEqual({ password: ['This field is required.'] });
  });

  it('locks an email out after 10 failures within 15 minutes (429 + Retry-After)', async () => {
    const user = await s.makeUser('annotator');
    for (let i = 0; i < 10; i++) {
      // A different IP each time: the email alone triggers the lockout.
      expectError(
        await login(user, 'wrong password', `203.0.113.${i}`),
        400,
        'Invalid email or password.',
      );
    }
    for (const password of ['wrong password', user.password]) {
      const res = await login(user, password, '203.0.113.200');
      expectError(res, 429);
      const retry = Number(res.headers.get('retry-after'));
      expect(retry).toBeGreaterThan(0);
      expect(retry).toBeLessThanOrEqual(15 * 60);
    }
    // Other users are not affected.
    const other = await s.makeUser('annotator');
    expect((await login(other, other.password, '203.0.113.201')).status).toBe(200);
  });

  it('locks an IP out after 10 failures, whatever the email', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 10; i++) {
      const res = await s.request('POST', '/api/auth/login', {
        as: null,
        body: { email: `guess${i}@example.org`, password: 'wrong password' },
        headers: { 'x-forwarded-for': ip },
      });
      expectError(res, 400);
    }
    const user = await s.makeUser('annotator');
    expectError(await login(user, user.password, ip), 429);
  });
});

describe('inactive users', () => {
  it('cannot sign in, nor use their token or session', async () => {
    const user = await s.makeUser('annotator');
    const session = sessionFrom(await login(user, user.password, '198.51.100.9'));
    expect((await s.request('DELETE', `/api/users/${user.user.id}`)).status).toBe(204);
    expectError(
      await login(user, user.password, '198.51.100.9'),
      400,
      'Invalid email or password.',
    );
    expectError(await whoami({ as: user }), 401);
    expectError(await whoami(cookieOpts(session)), 401);
    expectError(await whoami({ as: null, headers: { 'x-api-key': user.token } }), 401);
  });

  it('cannot trade a personal access token, nor use a Bearer token issued before', async () => {
    const user = await s.makeUser('annotator');
    const { token } = z
      .object({ token: z.string() })
      .parse((await s.request('POST', '/api/token', { as: user })).body);
    const refreshed = await s.request('POST', '/api/token/refresh', {
      as: null,
      body: { refresh: token },
    });
    const { access } = expectOk(refreshed, 200, AccessBody);
    expect((await s.request('DELETE', `/api/users/${user.user.id}`)).status).toBe(204);
    expectError(await whoami({ as: null, headers: { authorization: `Bearer ${access}` } }), 401);
    expectError(
      await s.request('POST', '/api/token/refresh', { as: null, body: { refresh: token } }),
      401,
    );
  });
});
