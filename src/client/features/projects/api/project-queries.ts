import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { Project, ProjectList, type ProjectWrite } from '../../../../shared/api/projects';
import { TaskList } from '../../../../shared/api/task-detail';
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

/**
 * The project's first task, for the setup screen's live preview (`undefined` when it has none).
 * Keyed under the project's detail, so whatever refreshes the project refreshes this too.
 */
export const sampleTaskQuery = (projectId: number) =>
  queryOptions({
    queryKey: [...projectQueries.details(), projectId, 'sample-task'] as const,
    queryFn: async ({ signal }) => {
      const page = await apiFetch('/api/tasks', {
        schema: TaskList,
        query: { project: projectId, page_size: 1, fields: 'all' },
        signal,
      });
      return page.tasks[0] ?? null;
    },
  });

export function createProject(body: Partial<ProjectWrite>): Promise<Project> {
  return apiFetch('/api/projects', { method: 'POST', body, schema: Project });
}

export function updateProject(id: number, body: Partial<ProjectWrite>): Promise<Project> {
  return apiFetch(`/api/projects/${id}`, { method: 'PATCH', body, schema: Project });
}

/** Deletes the project with its tasks, annotations and predictions (204). */
export function deleteProject(id: number): Promise<void> {
  return apiFetch(`/api/projects/${id}`, { method: 'DELETE' });
}
