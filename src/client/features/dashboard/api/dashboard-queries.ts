import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { Dashboard, type DayRange } from '../../../../shared/api/dashboard';
import { apiFetch } from '../../../lib/api-client';

/**
 * A project's dashboard for a range of UTC days. There is no list of dashboards, so the key
 * factory has only the detail half; `all` still invalidates every cached range.
 */
export const dashboardQueries = {
  all: ['dashboard'] as const,
  details: () => [...dashboardQueries.all, 'detail'] as const,
  detail: (projectId: number, range: DayRange) =>
    queryOptions({
      queryKey: [...dashboardQueries.details(), projectId, range] as const,
      queryFn: ({ signal }) =>
        apiFetch(`/api/projects/${projectId}/dashboard`, {
          schema: Dashboard,
          query: { from: range.from, to: range.to },
          signal,
        }),
      // Another range keeps the current figures on screen until the new ones arrive.
      placeholderData: keepPreviousData,
    }),
};
