import type { QueryClient } from '@tanstack/react-query';
import { authQueries } from '../features/auth/api/auth-queries';
import { createQueryClient } from '../lib/query-client';

/**
 * The app's query client: any 401 means the session is gone, so the cached user is cleared
 * and RequireAuth sends the person to the login page (with a way back).
 */
export function createAppQueryClient(): QueryClient {
  const queryClient: QueryClient = createQueryClient({
    onUnauthorized: () => queryClient.setQueryData(authQueries.detail().queryKey, null),
  });
  return queryClient;
}
