import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { ExportFormat, type ExportType } from '../../../../shared/api/exports';
import { apiFetch } from '../../../lib/api-client';

export const exportQueries = {
  all: ['export-formats'] as const,
  lists: () => [...exportQueries.all, 'list'] as const,
  list: (projectId: number) =>
    queryOptions({
      queryKey: [...exportQueries.lists(), projectId] as const,
      queryFn: ({ signal }) =>
        apiFetch(`/api/projects/${projectId}/export/formats`, {
          schema: z.array(ExportFormat),
          signal,
        }),
      staleTime: Infinity,
    }),
};

export type ExportScope = { kind: 'all' } | { kind: 'annotated' } | { kind: 'ids'; ids: number[] };

export interface ExportRequest {
  projectId: number;
  type: ExportType;
  scope: ExportScope;
  includePredictions: boolean;
  includeDrafts: boolean;
}

/**
 * The export's address. The browser downloads it itself (session cookie, no CSRF needed for
 * a GET), so the file streams to disk and is never held in page memory.
 */
export function exportUrl(r: ExportRequest): string {
  const params = new URLSearchParams({ exportType: r.type });
  if (r.scope.kind === 'all') params.set('download_all_tasks', 'true');
  if (r.scope.kind === 'ids') {
    params.set('download_all_tasks', 'true');
    params.set('ids', r.scope.ids.join(','));
  }
  if (r.includePredictions) params.set('include_predictions', 'true');
  if (r.includeDrafts) params.set('include_drafts', 'true');
  return `/api/projects/${r.projectId}/export?${params.toString()}`;
}
