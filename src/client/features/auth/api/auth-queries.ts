import { queryOptions } from '@tanstack/react-query';
import { User, Whoami, type LoginBody } from '../../../../shared/api/users';
import { apiFetch, isApiError } from '../../../lib/api-client';

/** A 401 from whoami is an answer, not an error: nobody is signed in. */
async function fetchWhoami(signal: AbortSignal): Promise<Whoami | null> {
  try {
    return await apiFetch('/api/current-user/whoami', { schema: Whoami, signal });
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export const authQueries = {
  all: ['auth'] as const,
  /** The signed-in user with permissions, or `null` when signed out. */
  detail: () =>
    queryOptions({
      queryKey: [...authQueries.all, 'whoami'] as const,
      queryFn: ({ signal }) => fetchWhoami(signal),
      // A session lasts days; refetching on focus and after any 401 keeps this honest.
      staleTime: 5 * 60_000,
    }),
};

/** Sets the session and CSRF cookies on success. */
export function login(body: LoginBody): Promise<User> {
  return apiFetch('/api/auth/login', { method: 'POST', body, schema: User });
}

export function logout(): Promise<void> {
  return apiFetch('/api/auth/logout', { method: 'POST' });
}
