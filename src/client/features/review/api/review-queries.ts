import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { ResultItem } from '../../../../shared/api/common';
import {
  Review,
  ReviewNext,
  ReviewQueuePage,
  type ReviewCreate,
  type ReviewQueueFilters,
} from '../../../../shared/api/reviews';
import { apiFetch, isApiError } from '../../../lib/api-client';

/** One page is plenty on screen: the queue is worked from the top, oldest first. */
export const QUEUE_PAGE_SIZE = 50;

const ReviewList = z.array(Review);

/**
 * Reviews: the queue of annotations waiting for one (per project and filters), the next one to
 * open, and the verdicts already given on an annotation.
 */
export const reviewQueries = {
  all: ['reviews'] as const,
  lists: () => [...reviewQueries.all, 'list'] as const,
  /** The verdicts on one annotation, oldest first. */
  list: (filters: { annotation: number }) =>
    queryOptions({
      queryKey: [...reviewQueries.lists(), filters] as const,
      queryFn: ({ signal }) =>
        apiFetch(`/api/annotations/${filters.annotation}/reviews`, { schema: ReviewList, signal }),
    }),
  queues: () => [...reviewQueries.all, 'queue'] as const,
  queue: (projectId: number, filters: ReviewQueueFilters) =>
    queryOptions({
      queryKey: [...reviewQueries.queues(), projectId, filters] as const,
      queryFn: ({ signal }) =>
        apiFetch(`/api/projects/${projectId}/review/queue`, {
          schema: ReviewQueuePage,
          query: { ...filters, page_size: QUEUE_PAGE_SIZE },
          signal,
        }),
    }),
  /**
   * The oldest annotation waiting, with its task; `null` when none is left (the server's 404),
   * so an empty queue is an answer rather than an error.
   */
  next: (projectId: number, filters: ReviewQueueFilters) =>
    queryOptions({
      queryKey: [...reviewQueries.queues(), projectId, 'next', filters] as const,
      queryFn: async ({ signal }) => {
        try {
          return await apiFetch(`/api/projects/${projectId}/review/next`, {
            schema: ReviewNext,
            query: { ...filters },
            signal,
          });
        } catch (error) {
          if (isApiError(error, 404)) return null;
          throw error;
        }
      },
    }),
};

export interface ReviewBody {
  action: ReviewCreate['action'];
  comment?: string | null;
  result?: ResultItem[];
  /** The annotation's version as the reviewer saw it: a newer one answers 409. */
  updated_at: string;
}

export function postReview(annotationId: number, body: ReviewBody): Promise<Review> {
  const payload: ReviewCreate = body;
  return apiFetch(`/api/annotations/${annotationId}/review`, {
    method: 'POST',
    body: payload,
    schema: Review,
  });
}

export function deleteReview(reviewId: number): Promise<void> {
  return apiFetch(`/api/reviews/${reviewId}`, { method: 'DELETE' });
}
