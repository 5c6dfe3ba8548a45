import { queryOptions } from '@tanstack/react-query';
import { TokenBody } from '../../../../shared/api/users';
import { apiFetch } from '../../../lib/api-client';

/** The signed-in user's API token (`Authorization: Token …`), one per user. */
export const tokenQueries = {
  all: ['api-token'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...tokenQueries.all, 'current'] as const,
      queryFn: ({ signal }) => apiFetch('/api/current-user/token', { schema: TokenBody, signal }),
    }),
};

/** The old token stops working the moment this answers. */
export function resetToken() {
  return apiFetch('/api/current-user/reset-token', { method: 'POST', schema: TokenBody });
}
