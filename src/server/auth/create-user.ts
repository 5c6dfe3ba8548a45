import type { Role } from '../../shared/api/users';
import type { Q } from '../db/connect';
import { nowIso } from '../db/time';
import { insertUser, userWithPasswordByEmail, type UserRow } from '../db/users';
import { fieldError } from '../errors';
import { hashPassword } from './passwords';
import { newApiToken } from './tokens';

export interface NewUser {
  email: string;
  password: string;
  role: Role;
  first_name?: string | undefined;
  last_name?: string | undefined;
  username?: string | undefined;
  api_token?: string | undefined;
}

export async function createUser(db: Q, input: NewUser): Promise<UserRow> {
  const email = input.email.trim().toLowerCase();
  if (await userWithPasswordByEmail(db, email)) {
    throw fieldError('email', 'A user with this email already exists.');
  }
  return insertUser(db, {
    email,
    username: input.username ?? email.split('@')[0] ?? email,
    first_name: input.first_name ?? '',
    last_name: input.last_name ?? '',
    role: input.role,
    is_active: 1,
    password_hash: await hashPassword(input.password),
    api_token: input.api_token ?? newApiToken(),
    date_joined: nowIso(),
  });
}
