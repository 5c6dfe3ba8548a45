import { queryOptions } from '@tanstack/react-query';
import { ImportJob } from '../../../../shared/api/imports';
import { apiFetch } from '../../../lib/api-client';

/** How often a running import is asked for its progress. */
export const IMPORT_POLL_MS = 500;

const finished = (job: ImportJob | undefined) => job?.status === 'done' || job?.status === 'failed';

export const importQueries = {
  all: ['imports'] as const,
  details: () => [...importQueries.all, 'detail'] as const,
  detail: (projectId: number, jobId: number) =>
    queryOptions({
      queryKey: [...importQueries.details(), projectId, jobId] as const,
      queryFn: ({ signal }) =>
        apiFetch(`/api/projects/${projectId}/imports/${jobId}`, { schema: ImportJob, signal }),
      // Polls until the job is over; a finished job never changes again.
      refetchInterval: (query) => (finished(query.state.data) ? false : IMPORT_POLL_MS),
      staleTime: (query) => (finished(query.state.data) ? Infinity : 0),
    }),
};
