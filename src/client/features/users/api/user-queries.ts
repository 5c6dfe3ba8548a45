import { queryOptions } from '@tanstack/react-query';
import { User, UserList, type UserCreate, type UserPatch } from '../../../../shared/api/users';
import { apiFetch } from '../../../lib/api-client';

/**
 * Users as the admin sees them. The server has no search or paging for users (a team is
 * small), so the list has no filters: the page filters the one cached array.
 */
export const userQueries = {
  all: ['users'] as const,
  lists: () => [...userQueries.all, 'list'] as const,
  list: () =>
    queryOptions({
      queryKey: [...userQueries.lists(), 'all'] as const,
      queryFn: ({ signal }) => apiFetch('/api/users', { schema: UserList, signal }),
    }),
  details: () => [...userQueries.all, 'detail'] as const,
  detail: (id: number) =>
    queryOptions({
      queryKey: [...userQueries.details(), id] as const,
      queryFn: ({ signal }) => apiFetch(`/api/users/${id}`, { schema: User, signal }),
    }),
};

export function createUser(body: UserCreate): Promise<User> {
  return apiFetch('/api/users', { method: 'POST', body, schema: User });
}

export function updateUser(id: number, body: UserPatch): Promise<User> {
  return apiFetch(`/api/users/${id}`, { method: 'PATCH', body, schema: User });
}

/** Deactivates (204): the account stays, so annotations keep their `completed_by`. */
export function deactivateUser(id: number): Promise<void> {
  return apiFetch(`/api/users/${id}`, { method: 'DELETE' });
}
