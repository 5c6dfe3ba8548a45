import { queryOptions } from '@tanstack/react-query';
import {
  DmActionList,
  DmActionResult,
  type DmActionId,
  type DmActionRequest,
} from '../../../../shared/api/dm-actions';
import { apiFetch } from '../../../lib/api-client';

/** The data-manager actions the server lets the caller run (it knows the role rules). */
export const dmActionQueries = {
  all: ['dm-actions'] as const,
  lists: () => [...dmActionQueries.all, 'list'] as const,
  list: (projectId: number) =>
    queryOptions({
      queryKey: [...dmActionQueries.lists(), projectId] as const,
      queryFn: ({ signal }) =>
        apiFetch('/api/dm/actions', {
          schema: DmActionList,
          query: { project: projectId },
          signal,
        }),
      staleTime: Infinity,
    }),
};

export function runDmAction(id: DmActionId, projectId: number, body: DmActionRequest) {
  return apiFetch('/api/dm/actions', {
    method: 'POST',
    query: { id, project: projectId },
    body,
    schema: DmActionResult,
  });
}
