import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Label Studio's API key shape: 40 hex characters. */
export const newApiToken = () => randomBytes(20).toString('hex');
export const newSecret = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Short-lived access tokens for `Authorization: Bearer`: `<userId>.<expiresEpoch>.<hmac>`,
 * signed with a key stored in the database so every replica accepts every other's tokens.
 */
export function signAccess(
  key: string,
  userId: number,
  ttlSeconds: number,
  now = Date.now(),
): string {
  const payload = `${userId}.${Math.floor(now / 1000) + ttlSeconds}`;
  return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
}

export function verifyAccess(key: string, token: string, now = Date.now()): number | null {
  const [user, exp, mac] = token.split('.');
  if (!user || !exp || !mac || !/^\d+$/.test(user) || !/^\d+$/.test(exp)) return null;
  const expected = createHmac('sha256', key).update(`${user}.${exp}`).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Number(exp) * 1000 > now ? Number(user) : null;
}
