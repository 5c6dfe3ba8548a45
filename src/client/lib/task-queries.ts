import { queryOptions } from '@tanstack/react-query';
import { TaskDetail } from '../../shared/api/task-detail';
import { apiFetch } from './api-client';

/**
 * The task detail factory. Labeling and review both show a task with its annotations and share
 * one cached copy, so the factory lives here, where both features may import it.
 */
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
