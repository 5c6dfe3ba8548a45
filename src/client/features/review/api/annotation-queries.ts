import { queryOptions } from '@tanstack/react-query';
import { Annotation } from '../../../../shared/api/annotations';
import { apiFetch } from '../../../lib/api-client';

/** Which task an annotation belongs to, for a link that names only the annotation. */
export const annotationQueries = {
  all: ['annotations'] as const,
  details: () => [...annotationQueries.all, 'detail'] as const,
  detail: (id: number) =>
    queryOptions({
      queryKey: [...annotationQueries.details(), id] as const,
      queryFn: ({ signal }) => apiFetch(`/api/annotations/${id}`, { schema: Annotation, signal }),
    }),
};

/** Marking one clears the task's other ground truth on the server (one per task). */
export function setGroundTruth(annotationId: number, groundTruth: boolean): Promise<Annotation> {
  return apiFetch(`/api/annotations/${annotationId}`, {
    method: 'PATCH',
    body: { ground_truth: groundTruth },
    schema: Annotation,
  });
}
