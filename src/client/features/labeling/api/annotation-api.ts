// Annotation writes. Bodies follow api-contract.md §9; only the outbox calls these, so every
// submit is retried safely (unique_id) and every update carries its If-Match precondition.
import { Annotation, type AnnotationCreate } from '../../../../shared/api/annotations';
import type { ResultItem } from '../../../../shared/api/common';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import { apiFetch } from '../../../lib/api-client';

/** The editor's typed entries as the API's loose JSON items (same data, wider type). */
export function toWireResult(result: readonly ResultEntry[]): ResultItem[] {
  return result as unknown as ResultItem[];
}

/** Results from the server were validated against the project's config when stored. */
export function fromWireResult(result: readonly ResultItem[] | null): readonly ResultEntry[] {
  return (result ?? []) as unknown as readonly ResultEntry[];
}

export interface AnnotationCreateBody {
  unique_id: string;
  result: ResultItem[];
  lead_time: number;
  was_cancelled: boolean;
}

export interface AnnotationUpdateBody {
  result: ResultItem[];
  lead_time: number;
  was_cancelled?: boolean;
}

/** 201 on create; 200 with the same annotation when `unique_id` was already stored (a retry). */
export function createAnnotation(taskId: number, body: AnnotationCreateBody): Promise<Annotation> {
  const payload: AnnotationCreate = body;
  return apiFetch(`/api/tasks/${taskId}/annotations`, {
    method: 'POST',
    body: payload,
    schema: Annotation,
  });
}

/** `If-Match` holds the `updated_at` the edit started from; a newer version answers 409. */
export function updateAnnotation(
  annotationId: number,
  body: AnnotationUpdateBody,
  ifMatch: string | null,
): Promise<Annotation> {
  return apiFetch(`/api/annotations/${annotationId}`, {
    method: 'PATCH',
    body,
    schema: Annotation,
    ...(ifMatch === null ? {} : { headers: { 'If-Match': `"${ifMatch}"` } }),
  });
}

export function fetchAnnotation(annotationId: number): Promise<Annotation> {
  return apiFetch(`/api/annotations/${annotationId}`, { schema: Annotation });
}
