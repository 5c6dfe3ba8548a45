import { queryOptions } from '@tanstack/react-query';
import { NextTask, StreamHistory } from '../../../../shared/api/stream';
import { apiFetch, isApiError } from '../../../lib/api-client';

export const streamQueries = {
  all: ['stream'] as const,
  histories: () => [...streamQueries.all, 'history'] as const,
  /** The caller's last 100 `{task_id, annotation_id}` in the project, for the Back button. */
  history: (projectId: number) =>
    queryOptions({
      queryKey: [...streamQueries.histories(), projectId] as const,
      queryFn: ({ signal }) =>
        apiFetch(`/api/projects/${projectId}/label-stream-history`, {
          schema: StreamHistory,
          signal,
        }),
    }),
  nexts: () => [...streamQueries.all, 'next'] as const,
  /**
   * The next task, locked for the caller; `exclude` = the task on screen (prefetch). Asking
   * again is safe — a held lock is handed back — but it is never refetched on its own: the
   * answer stays until the page asks for another one.
   */
  next: (projectId: number, exclude?: number) =>
    queryOptions({
      queryKey: [...streamQueries.nexts(), projectId, exclude ?? null] as const,
      queryFn: ({ signal }) =>
        fetchNextTask(projectId, { ...(exclude === undefined ? {} : { exclude }), signal }),
      staleTime: Infinity,
      gcTime: exclude === undefined ? 0 : 10 * 60_000,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    }),
};

export interface NextTaskOptions {
  /** The task on screen: it stays locked while the one after it is prefetched. */
  exclude?: number;
  signal?: AbortSignal;
}

/** A prefetch (`exclude`) that finds nothing is answered 204, a plain request 404. */
const NextOrNothing = NextTask.nullable();

/**
 * The next task from the project's stream, locked for the caller; null when nothing is left.
 * Every call takes (or extends) a lock: as a query (`streamQueries.next`) it is never refetched
 * behind the user's back.
 */
export async function fetchNextTask(
  projectId: number,
  options: NextTaskOptions = {},
): Promise<NextTask | null> {
  try {
    return await apiFetch(`/api/projects/${projectId}/next`, {
      schema: NextOrNothing,
      query: { exclude: options.exclude },
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

/** Gives the lock on `taskId` back, so another annotator can take the task at once. */
export function releaseTask(projectId: number, taskId: number): Promise<void> {
  return apiFetch(`/api/projects/${projectId}/next`, { method: 'DELETE', body: { task: taskId } });
}
