import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { TaskList } from '../../../../shared/api/task-detail';
import type { TaskFilters } from '../../../../shared/api/task-query';
import { apiFetch } from '../../../lib/api-client';

export interface TaskTableFilters {
  projectId: number;
  /** A column, `-` first for descending: `-created_at`, `data.text`. */
  sort?: string | undefined;
  search?: string | undefined;
  filters: TaskFilters | null;
}

/** Rows per request: a screenful several times over, small enough to arrive in a blink. */
export const TASK_PAGE_SIZE = 100;

/** `-created_at` → `["-tasks:created_at"]`, the Data Manager's ordering grammar. */
export const orderingParam = (sort: string) =>
  JSON.stringify([sort.startsWith('-') ? `-tasks:${sort.slice(1)}` : `tasks:${sort}`]);

/**
 * The task table walks the list with the server's keyset cursor (`after`), page by page as
 * the person scrolls: stable under inserts, and never more than the visited pages in memory.
 */
export const taskTableQueries = {
  all: ['task-table'] as const,
  lists: () => [...taskTableQueries.all, 'list'] as const,
  list: (f: TaskTableFilters) =>
    infiniteQueryOptions({
      queryKey: [...taskTableQueries.lists(), f] as const,
      queryFn: ({ pageParam, signal }) =>
        apiFetch('/api/tasks', {
          schema: TaskList,
          query: {
            project: f.projectId,
            page_size: TASK_PAGE_SIZE,
            fields: 'table',
            after: pageParam ?? undefined,
            ordering: f.sort ? orderingParam(f.sort) : undefined,
            filters: f.filters ? JSON.stringify(f.filters) : undefined,
            search: f.search || undefined,
          },
          signal,
        }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.next_cursor ?? undefined,
      // A new sort or filter keeps the old rows on screen until the new first page arrives.
      placeholderData: keepPreviousData,
    }),
};
