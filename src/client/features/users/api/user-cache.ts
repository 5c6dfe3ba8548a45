import type { QueryClient } from '@tanstack/react-query';
import type { User } from '../../../../shared/api/users';
import { userQueries } from './user-queries';

/**
 * Writes one user's new state into the list and their detail entry, so the table and anything
 * showing that user agree at once (optimistic role changes, and the server's answer after).
 * Only that user's fields change, so a rollback cannot undo a neighbour's concurrent edit.
 */
export function writeUser(queryClient: QueryClient, id: number, patch: Partial<User>): void {
  queryClient.setQueryData(userQueries.list().queryKey, (list) =>
    list?.map((user) => (user.id === id ? { ...user, ...patch } : user)),
  );
  queryClient.setQueryData(userQueries.detail(id).queryKey, (user) =>
    user ? { ...user, ...patch } : user,
  );
}

/** A new user shows up in the table before the refetch that confirms the list. */
export function addUser(queryClient: QueryClient, user: User): void {
  queryClient.setQueryData(userQueries.list().queryKey, (list) => list && [...list, user]);
  queryClient.setQueryData(userQueries.detail(user.id).queryKey, user);
}

export function refreshUsers(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: userQueries.all });
}
