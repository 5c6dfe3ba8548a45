import { queryOptions } from '@tanstack/react-query';
import { TaskDetail } from '../../../../shared/api/task-detail';
import { apiFetch } from '../../../lib/api-client';

/**
 * The task under review with every annotation on it. The key is the one the labeling page uses
 * for the same resource, so both pages share (and refresh) one cached copy.
 */
export const taskQueries = {
  all: ['tasks'] as const,
  details: () => [...taskQueries.all, 'detail'] as const,
  detail: (id: number) =>
    queryOptions({
      queryKey: [...taskQueries.details(), id] as const,
      queryFn: ({ signal }) => apiFetch(`/api/tasks/${id}`, { schema: TaskDetail, signal }),
    }),
};
