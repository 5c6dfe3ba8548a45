// Moving on after a verdict: the next annotation in the queue (same filters, this one
// excluded) is fetched while the reviewer looks at this one, and its task is put in the cache,
// so the next view opens at once.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReviewNext, ReviewQueueFilters } from '../../../../shared/api/reviews';
import { reviewQueries } from '../api/review-queries';
import { taskQueries } from '../../../lib/task-queries';

export function useNextReview(projectId: number, filters: ReviewQueueFilters, current: number) {
  const queryClient = useQueryClient();
  const next = reviewQueries.next(projectId, { ...filters, exclude: current });
  // Kept warm while this annotation is open; the answer is read once, when the reviewer acts.
  useQuery({ ...next, notifyOnChangeProps: [] });

  /** The next annotation (null: the queue is done), with its task cached for the view. */
  return async (): Promise<ReviewNext | null> => {
    // Even if a verdict just marked it stale: it excludes the annotation reviewed, and any
    // change since shows up as the usual conflict when it is reviewed.
    const cached = queryClient.getQueryData(next.queryKey);
    const found = cached === undefined ? await queryClient.fetchQuery(next) : cached;
    if (found) queryClient.setQueryData(taskQueries.detail(found.task.id).queryKey, found.task);
    return found;
  };
}
