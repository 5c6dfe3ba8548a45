// Builders for the users feature's responses; like factories.ts, every body goes through the
// shared schema so a stub cannot drift from what the server may send.
import { TokenBody, UserList, type User } from '../../src/shared/api/users';

export const buildUserList = (users: User[]): UserList => UserList.parse(users);

let tokenSeed = 0;

/** A 40-hex-char key like the server's; pass `hex` for a recognisable one. */
export function buildToken(hex?: string) {
  const token = hex ?? (++tokenSeed).toString(16).padStart(40, 'a');
  return TokenBody.parse({ token });
}
