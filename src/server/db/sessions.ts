import type { Q } from './connect';
import { read } from './prepared';

export const insertSession = (
  db: Q,
  row: {
    id_hash: string;
    user_id: number;
    csrf_token: string;
    created_at: string;
    expires_at: string;
  },
) => db.insertInto('sessions').values(row).execute();

const byHash = read<{ idHash: string; now: string }>()((q, p) =>
  q
    .selectFrom('sessions')
    .select(['user_id', 'csrf_token'])
    .where('id_hash', '=', p.idHash)
    .where('expires_at', '>', p.now),
);
export const sessionByHash = (db: Q, idHash: string, now: string) =>
  byHash.first(db, { idHash, now });

export const deleteSession = (db: Q, idHash: string) =>
  db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();

export const deleteUserSessions = (db: Q, userId: number) =>
  db.deleteFrom('sessions').where('user_id', '=', userId).execute();

export const recordLoginFailure = (db: Q, email: string, ip: string, at: string) =>
  db.insertInto('login_failures').values({ email, ip, created_at: at }).execute();

export async function loginFailuresSince(db: Q, email: string, ip: string, since: string) {
  const count = (column: 'email' | 'ip', value: string) =>
    db
      .selectFrom('login_failures')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(column, '=', value)
      .where('created_at', '>', since)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  const [byEmail, byIp] = await Promise.all([count('email', email), count('ip', ip)]);
  return Math.max(byEmail, byIp);
}

export const oldestFailureSince = (db: Q, email: string, ip: string, since: string) =>
  db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.min('created_at').as('oldest'))
    .where((eb) => eb.or([eb('email', '=', email), eb('ip', '=', ip)]))
    .where('created_at', '>', since)
    .executeTakeFirst();

export const clearLoginFailures = (db: Q, email: string) =>
  db.deleteFrom('login_failures').where('email', '=', email).execute();

export const insertAccessToken = (db: Q, userId: number, tokenHash: string, at: string) =>
  db
    .insertInto('access_tokens')
    .values({ user_id: userId, token_hash: tokenHash, created_at: at })
    .execute();

export const accessTokenOwner = (db: Q, tokenHash: string) =>
  db
    .selectFrom('access_tokens')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();

export async function getSetting(db: Q, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  return row?.value;
}

/** Insert if absent and return whatever is stored, so concurrent replicas agree on one value. */
export async function ensureSetting(db: Q, key: string, value: string): Promise<string> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return (await getSetting(db, key)) ?? value;
}
