import { timeAgo } from '../../../shared/lib/time-ago';
import type { Role, User } from '../../../shared/api/users';

/** The order roles are offered in: least rights first, so a slip of the keyboard grants less. */
export const ROLE_ORDER: readonly Role[] = ['annotator', 'reviewer', 'admin'];

type Named = Pick<User, 'first_name' | 'last_name' | 'email'>;

/** "Ada Lovelace", or the email when no name was given. */
export function displayName(user: Named): string {
  return [user.first_name, user.last_name].filter(Boolean).join(' ') || user.email;
}

/** Case-insensitive match on first name, last name, full name or email. */
export function matchesSearch(user: Named, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const haystack = `${user.first_name} ${user.last_name}\n${user.email}`.toLowerCase();
  return haystack.includes(q);
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
});

export const formatDate = (iso: string) => dateFormat.format(new Date(iso));
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));

/** "3 days ago" — the larger unit is enough in a table; the exact time is in the tooltip. */
export function formatAgo(iso: string, now: number = Date.now()): string {
  const largest = timeAgo(iso, now).split(', ')[0] ?? '';
  return largest.startsWith('0\u00a0') ? 'Just now' : `${largest} ago`;
}
