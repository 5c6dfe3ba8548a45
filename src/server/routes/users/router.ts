import { z } from 'zod';
import { can } from '../../../shared/api/permissions';
import { defined } from '../../../shared/lib/defined';
import { User, UserCreate, UserPatch, type Role } from '../../../shared/api/users';
import { createUser } from '../../auth/create-user';
import { hashPassword } from '../../auth/passwords';
import { deleteUserSessions } from '../../db/sessions';
import { listUsers, updateUser, userById, type UserRow } from '../../db/users';
import { badRequest, fieldError, forbidden, notFound } from '../../errors';
import { IdParams } from '../../http/params';
import { json, noContent } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { presentUser } from '../../present/users';

const isAdmin = (u: UserRow) => can(u.role as Role, 'users.manage');

function requireAdmin(u: UserRow) {
  if (!isAdmin(u)) throw forbidden();
}

export function registerUserRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'get',
      path: '/api/users',
      tag: 'Users',
      summary: 'List users (admin)',
      auth: 'user',
      responses: { 200: { description: 'OK', schema: z.array(User) } },
    },
    async (c, { user }) => {
      requireAdmin(user);
      return json(c, (await listUsers(c.get('deps').db.kysely)).map(presentUser));
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/users',
      tag: 'Users',
      summary: 'Create a user (admin)',
      auth: 'user',
      body: UserCreate,
      responses: { 201: { description: 'Created', schema: User } },
    },
    async (c, { user, body }) => {
      requireAdmin(user);
      const created = await createUser(c.get('deps').db.kysely, body);
      return json(c, presentUser(created), 201);
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/users/:id',
      tag: 'Users',
      summary: 'Get a user (admin, or the user themself)',
      auth: 'user',
      params: IdParams,
      responses: { 200: { description: 'OK', schema: User } },
    },
    async (c, { user, params }) => {
      if (params.id !== user.id) requireAdmin(user);
      const found = await userById(c.get('deps').db.kysely, params.id);
      if (!found) throw notFound('User');
      return json(c, presentUser(found));
    },
  );

  addRoute(
    app,
    {
      method: 'patch',
      path: '/api/users/:id',
      tag: 'Users',
      summary: 'Update a user: an admin changes anything; a user their own names and password',
      auth: 'user',
      params: IdParams,
      body: UserPatch,
      responses: { 200: { description: 'OK', schema: User } },
    },
    async (c, { user, params, body }) => {
      const { db } = c.get('deps');
      const self = params.id === user.id;
      if (!self) requireAdmin(user);
      const target = await userById(db.kysely, params.id);
      if (!target) throw notFound('User');
      if (body.email !== undefined) throw fieldError('email', 'Email is read-only.');
      if (!isAdmin(user) && (body.role !== undefined || body.is_active !== undefined))
        throw forbidden();
      if (
        self &&
        (body.is_active === false || (body.role !== undefined && body.role !== 'admin'))
      ) {
        throw badRequest('You cannot deactivate yourself or give up your own admin role.');
      }
      const { password, is_active, email: _email, ...rest } = body;
      await updateUser(db.kysely, target.id, {
        ...defined(rest),
        ...(is_active === undefined ? {} : { is_active: is_active ? 1 : 0 }),
        ...(password === undefined ? {} : { password_hash: await hashPassword(password) }),
      });
      if ((password !== undefined && !self) || is_active === false) {
        await deleteUserSessions(db.kysely, target.id);
      }
      return json(c, presentUser((await userById(db.kysely, target.id))!));
    },
  );

  addRoute(
    app,
    {
      method: 'delete',
      path: '/api/users/:id',
      tag: 'Users',
      summary: 'Deactivate a user (admin); their annotations keep completed_by',
      auth: 'user',
      params: IdParams,
      responses: { 204: { description: 'Deactivated' } },
    },
    async (c, { user, params }) => {
      requireAdmin(user);
      const { db } = c.get('deps');
      if (params.id === user.id) throw badRequest('You cannot deactivate yourself.');
      if (!(await userById(db.kysely, params.id))) throw notFound('User');
      await updateUser(db.kysely, params.id, { is_active: 0 });
      await deleteUserSessions(db.kysely, params.id);
      return noContent(c);
    },
  );
}
