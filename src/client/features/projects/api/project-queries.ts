import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { Project, ProjectList } from '../../../../shared/api/projects';
import { apiFetch } from '../../../lib/api-client';

export interface ProjectListFilters {
  page?: number;
  pageSize?: number;
  /** Title contains (server-side filter). */
  title?: string;
}

/** The caller's local midnight: where "mine today" starts (the server has no time zone). */
const localMidnight = () => new Date(new Date().setHours(0, 0, 0, 0)).toISOString();

/** Server default and what the list page asks for (api-contract.md §1: 30, max 100). */
export const PROJECT_PAGE_SIZE = 30;

export const projectQueries = {
  all: ['projects'] as const,
  lists: () => [...projectQueries.all, 'list'] as const,
  list: (filters: ProjectListFilters = {}) =>
    queryOptions({
      queryKey: [...projectQueries.lists(), filters] as const,
      queryFn: ({ signal }) =>
        apiFetch('/api/projects', {
          schema: ProjectList,
          query: {
            page: filters.page,
            page_size: filters.pageSize,
            title: filters.title || undefined,
            today_from: localMidnight(),
          },
          signal,
        }),
      // Paging keeps the previous page on screen instead of flashing a skeleton.
      placeholderData: keepPreviousData,
    }),
  details: () => [...projectQueries.all, 'detail'] as const,
  detail: (id: number) =>
    queryOptions({
      queryKey: [...projectQueries.details(), id] as const,
      queryFn: ({ signal }) =>
        apiFetch(`/api/projects/${id}`, {
          schema: Project,
          query: { today_from: localMidnight() },
          signal,
        }),
    }),
};
