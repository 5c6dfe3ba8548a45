import type { Selectable } from 'kysely';
import type { Q } from './connect';
import { read } from './prepared';
import type { UsersTable } from './schema';
import { forgetCachedUsers, TokenCache } from './user-cache';

export type UserRow = Omit<Selectable<UsersTable>, 'password_hash'>;

const USER_COLUMNS = [
  'id',
  'email',
  'username',
  'first_name',
  'last_name',
  'role',
  'is_active',
  'api_token',
  'avatar',
  'last_activity',
  'date_joined',
] as const;

const byToken = read<{ token: string }>()((q, p) =>
  q.selectFrom('users').select(USER_COLUMNS).where('api_token', '=', p.token),
);
const byId = read<{ id: number }>()((q, p) =>
  q.selectFrom('users').select(USER_COLUMNS).where('id', '=', p.id),
);

const tokenCaches = new WeakMap<Q, TokenCache<UserRow>>();

/** connect() turns the token cache on for a database only this process writes (SQLite). */
export function cacheTokenLookups(db: Q): void {
  tokenCaches.set(db, new TokenCache());
}

export function userByToken(db: Q, token: string): Promise<UserRow | undefined> {
  const cache = tokenCaches.get(db);
  const load = () => byToken.first(db, { token });
  return cache ? cache.lookup(token, load) : load();
}
export const userById = (db: Q, id: number) => byId.first(db, { id });

export const userWithPasswordByEmail = (db: Q, email: string) =>
  db
    .selectFrom('users')
    .select([...USER_COLUMNS, 'password_hash'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();

export const listUsers = (db: Q) =>
  db.selectFrom('users').select(USER_COLUMNS).orderBy('id').execute();

export async function usersByIds(db: Q, ids: readonly number[]): Promise<UserRow[]> {
  const unique = [...new Set(ids)];
  // Pages name a handful of users: one compiled lookup each beats building an IN list.
  if (unique.length <= 4) {
    const rows = await Promise.all(unique.map((id) => byId.first(db, { id })));
    return rows.filter((u): u is UserRow => u !== undefined);
  }
  return db.selectFrom('users').select(USER_COLUMNS).where('id', 'in', unique).execute();
}

export const countUsers = async (db: Q) =>
  Number(
    (
      await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

export async function insertUser(
  db: Q,
  user: Omit<Selectable<UsersTable>, 'id' | 'avatar' | 'last_activity'>,
): Promise<UserRow> {
  const { id } = await db
    .insertInto('users')
    .values(user)
    .returning('id')
    .executeTakeFirstOrThrow();
  forgetCachedUsers();
  return (await userById(db, id))!;
}

export async function updateUser(
  db: Q,
  id: number,
  patch: Partial<Omit<Selectable<UsersTable>, 'id'>>,
): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
  forgetCachedUsers();
}

export async function usersMap(
  db: Q,
  ids: readonly (number | null)[],
): Promise<Map<number, UserRow>> {
  const wanted = ids.filter((id): id is number => id !== null);
  // Most pages name nobody (a task with no annotations yet): no lookup, not even an empty one.
  if (wanted.length === 0) return new Map();
  return new Map((await usersByIds(db, wanted)).map((u) => [u.id, u]));
}
