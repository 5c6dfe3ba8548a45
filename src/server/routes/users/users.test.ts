import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { User } from '../../../shared/api/users';
import {
  DATETIME,
  FORBIDDEN,
  expectError,
  expectFieldError,
  expectOk,
  useApi,
} from '../../../../test/setup/api';
import type { TestUser } from '../../../../test/setup/test-server';

const s = useApi();

let seq = 0;
const email = (tag: string) => `${tag}-${++seq}@example.org`;

async function createUser(body: Record<string, unknown>): Promise<User> {
  const res = await s.request('POST', '/api/users', {
    body: { email: email('u'), password: 'long enough pw', ...body },
  });
  return expectOk(res, 201, User);
}

const patchUser = (id: number, body: Record<string, unknown>, as?: TestUser) =>
  s.request('PATCH', `/api/users/${id}`, { body, ...(as ? { as } : {}) });

const canLogin = async (address: string, password: string) =>
  (
    await s.request('POST', '/api/auth/login', {
      as: null,
      body: { email: address, password },
      headers: { 'x-forwarded-for': `10.0.0.${++seq}` },
    })
  ).status === 200;

describe('admin user management', () => {
  it('creates a user (201) with defaults and lists it', async () => {
    const address = email('Ada');
    const res = await s.request('POST', '/api/users', {
      body: { email: address, password: 'long enough pw', first_name: 'Ada' },
    });
    const created = expectOk(res, 201, User);
    expect(created).toEqual({
      id: expect.any(Number),
      first_name: 'Ada',
      last_name: '',
      username: address.toLowerCase().split('@')[0],
      email: address.toLowerCase(),
      role: 'annotator',
      is_active: true,
      avatar: null,
      initials: 'A',
      last_activity: null,
      date_joined: expect.stringMatching(DATETIME),
    });
    const list = expectOk(await s.request('GET', '/api/users'), 200, z.array(User));
    expect(list.map((u) => u.id)).toContain(created.id);
    expect(list.map((u) => u.id)).toEqual([...list.map((u) => u.id)].sort((a, b) => a - b));
    const one = expectOk(await s.request('GET', `/api/users/${created.id}/`), 200, User);
    expect(one).toEqual(created);
    expect(await canLogin(address, 'long enough pw')).toBe(true);
  });

  it('creates users of every role', async () => {
    for (const role of ['annotator', 'reviewer', 'admin'] as const) {
      expect((await createUser({ role })).role).toBe(role);
    }
  });

  it('refuses a duplicate email, in any case', async () => {
    const address = email('dup');
    await createUser({ email: address });
    const again = await s.request('POST', '/api/users', {
      body: { email: address.toUpperCase(), password: 'long enough pw' },
    });
    expectFieldError(again, 'email', /already exists/);
  });

  it('validates the create body field by field', async () => {
    const res = await s.request('POST', '/api/users', {
      body: { email: 'not-an-email', password: 'short', role: 'owner', nickname: 'x' },
    });
    const body = expectError(res, 400, 'Validation error');
    expect(Object.keys(body.validation_errors ?? {}).sort()).toEqual([
      'email',
      'nickname',
      'password',
      'role',
    ]);
    expect(body.validation_errors?.nickname).toEqual(['Unknown field.']);
    expect(body.validation_errors?.password).toEqual(['Password must be at least 8 characters.']);
    expectFieldError(await s.request('POST', '/api/users', { body: {} }), 'email', /required/);
  });

  it('patches names, role, password and is_active', async () => {
    const user = await createUser({});
    const res = await patchUser(user.id, {
      first_name: 'Grace',
      last_name: 'Hopper',
      role: 'reviewer',
      password: 'a new password',
    });
    const patched = expectOk(res, 200, User);
    expect(patched).toMatchObject({
      first_name: 'Grace',
      last_name: 'Hopper',
      role: 'reviewer',
      initials: 'GH',
    });
    expect(await canLogin(user.email, 'a new password')).toBe(true);
    expect(await canLogin(user.email, 'long enough pw')).toBe(false);
    const off = expectOk(await patchUser(user.id, { is_active: false }), 200, User);
    expect(off.is_active).toBe(false);
    const on = expectOk(await patchUser(user.id, { is_active: true }), 200, User);
    expect(on.is_active).toBe(true);
  });

  it('keeps email read-only on PATCH (400 naming the field)', async () => {
    const user = await createUser({});
    expectFieldError(await patchUser(user.id, { email: 'new@example.org' }), 'email', /read-only/);
    expectFieldError(await patchUser(user.id, { email: user.email }), 'email');
    const self = await s.makeUser('annotator');
    expectFieldError(await patchUser(self.user.id, { email: 'x@y.org' }, self), 'email');
  });

  it('answers 404 for a user that does not exist', async () => {
    expectError(
      await s.request('GET', '/api/users/999999'),
      404,
      'No User matches the given query.',
    );
    expectError(await patchUser(999999, { first_name: 'X' }), 404);
    expectError(await s.request('DELETE', '/api/users/999999'), 404);
  });

  it('DELETE deactivates (204): the user stays listed, inactive, and their token stops', async () => {
    const target = await s.makeUser('annotator');
    expect((await s.request('GET', '/api/current-user/whoami', { as: target })).status).toBe(200);
    const res = await s.request('DELETE', `/api/users/${target.user.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    const after = expectOk(await s.request('GET', `/api/users/${target.user.id}`), 200, User);
    expect(after.is_active).toBe(false);
    expectError(await s.request('GET', '/api/current-user/whoami', { as: target }), 401);
  });

  it('does not let an admin lock themself out', async () => {
    const admin = await s.makeUser('admin');
    expectError(await s.request('DELETE', `/api/users/${admin.user.id}`, { as: admin }), 400);
    expectError(await patchUser(admin.user.id, { is_active: false }, admin), 400);
    expectError(await patchUser(admin.user.id, { role: 'annotator' }, admin), 400);
    expect(expectOk(await patchUser(admin.user.id, { role: 'admin' }, admin), 200, User).role).toBe(
      'admin',
    );
  });
});

describe('what a non-admin may do with users', () => {
  it('may read and rename themself, and change their own password', async () => {
    const me = await s.makeUser('annotator');
    expect(
      expectOk(await s.request('GET', `/api/users/${me.user.id}`, { as: me }), 200, User).id,
    ).toBe(me.user.id);
    const res = await patchUser(me.user.id, { first_name: 'Ann', last_name: 'Otator' }, me);
    expect(expectOk(res, 200, User)).toMatchObject({
      first_name: 'Ann',
      last_name: 'Otator',
      role: 'annotator',
    });
    expectOk(await patchUser(me.user.id, { password: 'my new password' }, me), 200, User);
    expect(await canLogin(me.user.email, 'my new password')).toBe(true);
    // The token survives a password change by the user themself.
    expect((await s.request('GET', '/api/current-user/whoami', { as: me })).status).toBe(200);
  });

  it('may not change their own role or active state (403)', async () => {
    for (const role of ['annotator', 'reviewer'] as const) {
      const me = await s.makeUser(role);
      expectError(await patchUser(me.user.id, { role: 'admin' }, me), 403, FORBIDDEN);
      expectError(await patchUser(me.user.id, { is_active: false }, me), 403, FORBIDDEN);
      const still = expectOk(
        await s.request('GET', `/api/users/${me.user.id}`, { as: me }),
        200,
        User,
      );
      expect(still).toMatchObject({ role, is_active: true });
    }
  });

  it('may not read, change or delete anyone else (403), nor list or create users', async () => {
    const me = await s.makeUser('reviewer');
    const other = await s.makeUser('annotator');
    const url = `/api/users/${other.user.id}`;
    expectError(await s.request('GET', url, { as: me }), 403, FORBIDDEN);
    expectError(await patchUser(other.user.id, { first_name: 'Hacked' }, me), 403, FORBIDDEN);
    expectError(await s.request('DELETE', url, { as: me }), 403, FORBIDDEN);
    expectError(await s.request('GET', '/api/users', { as: me }), 403, FORBIDDEN);
    const create = await s.request('POST', '/api/users', {
      as: me,
      body: { email: email('x'), password: 'long enough pw', role: 'admin' },
    });
    expectError(create, 403, FORBIDDEN);
    expect(expectOk(await s.request('GET', url), 200, User).first_name).toBe('');
  });
});

describe('initials', () => {
  it.each<[string, Record<string, string>, string]>([
    ['first and last name', { first_name: 'ada', last_name: 'lovelace' }, 'AL'],
    ['first name only', { first_name: 'grace' }, 'G'],
    ['last name only', { last_name: 'turing' }, 'T'],
    ['no name: first two characters of the email', { email: 'zoe-x@example.org' }, 'ZO'],
    ['blank names count as none', { first_name: '  ', email: 'qa@example.org' }, 'QA'],
  ])('%s', async (_label, body, initials) => {
    const user = await createUser({ ...body, email: body.email ?? email('i') });
    expect(user.initials).toBe(initials);
  });

  it('follow a rename', async () => {
    const user = await createUser({ email: 'mx@example.org' });
    expect(user.initials).toBe('MX');
    const renamed = expectOk(
      await patchUser(user.id, { first_name: 'Yan', last_name: 'Kim' }),
      200,
      User,
    );
    expect(renamed.initials).toBe('YK');
  });
});
