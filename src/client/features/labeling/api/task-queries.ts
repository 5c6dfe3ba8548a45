import { queryOptions } from '@tanstack/react-query';
import { TaskDetail } from '../../../../shared/api/task-detail';
import { apiFetch } from '../../../lib/api-client';

export const taskQueries = {
  all: ['tasks'] as const,
  details: () => [...taskQueries.all, 'detail'] as const,
  /** The task with its annotations, predictions and the caller's drafts. */
  detail: (id: number) =>
    queryOptions({
      queryKey: [...taskQueries.details(), id] as const,
      queryFn: ({ signal }) => apiFetch(`/api/tasks/${id}`, { schema: TaskDetail, signal }),
    }),
};
