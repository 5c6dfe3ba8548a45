import type { UserRef } from '../../shared/api/common';
import type { Role, User } from '../../shared/api/users';
import type { UserRow } from '../db/users';

/** First letters of first and last name; one name → its letter; none → email's first two. */
export function initials(u: Pick<UserRow, 'first_name' | 'last_name' | 'email'>): string {
  const letters = [u.first_name, u.last_name].map((n) => n.trim().charAt(0)).join('');
  return (letters || u.email.slice(0, 2)).toUpperCase();
}

export function presentUser(u: UserRow): User {
  return {
    id: u.id,
    first_name: u.first_name,
    last_name: u.last_name,
    username: u.username,
    email: u.email,
    role: u.role as Role,
    is_active: u.is_active === 1,
    avatar: u.avatar,
    initials: initials(u),
    last_activity: u.last_activity,
    date_joined: u.date_joined,
  };
}

export const userRef = (u: UserRow): UserRef => ({
  id: u.id,
  first_name: u.first_name,
  last_name: u.last_name,
  email: u.email,
  avatar: u.avatar,
});

/** `created_username`: first name, " last", then " email, id" (api-contract.md §1). */
export function createdUsername(u: UserRow | undefined): string {
  if (!u) return '';
  let name = u.first_name;
  if (u.last_name) name += ` ${u.last_name}`;
  return `${name} ${u.email}, ${u.id}`;
}
