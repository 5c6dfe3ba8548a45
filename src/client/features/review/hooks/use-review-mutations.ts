// Writes of the review view. Each one refreshes what it changed by key prefix: the queue and
// the review history (reviews), the task under review (its annotations, counters and comments).
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { TaskDetail } from '../../../../shared/api/task-detail';
import { setGroundTruth } from '../api/annotation-queries';
import { deleteReview, postReview, reviewQueries, type ReviewBody } from '../api/review-queries';
import { taskQueries } from '../../../lib/task-queries';

const refreshTask = (queryClient: QueryClient, taskId: number) =>
  queryClient.invalidateQueries({ queryKey: taskQueries.detail(taskId).queryKey });

export interface ReviewRequest {
  annotationId: number;
  taskId: number;
  body: ReviewBody;
}

export function useSubmitReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ annotationId, body }: ReviewRequest) => postReview(annotationId, body),
    // A 409 too: the view must now show the version that won.
    onSettled: (_review, _error, { taskId }) => {
      void queryClient.invalidateQueries({ queryKey: reviewQueries.all });
      void refreshTask(queryClient, taskId);
    },
  });
}

export function useDeleteReview(taskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteReview,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: reviewQueries.all });
      void refreshTask(queryClient, taskId);
    },
  });
}

export interface GroundTruthChange {
  annotationId: number;
  groundTruth: boolean;
}

/**
 * Optimistic: the toggle, the comparison list and the task's other annotations (the server
 * clears the task's previous ground truth) change at once, and go back if the server refuses.
 */
export function useGroundTruth(taskId: number) {
  const queryClient = useQueryClient();
  const key = taskQueries.detail(taskId).queryKey;
  const mark = (task: TaskDetail, id: number, on: boolean): TaskDetail => ({
    ...task,
    annotations: task.annotations.map((a) =>
      a.id === id ? { ...a, ground_truth: on } : on ? { ...a, ground_truth: false } : a,
    ),
  });
  return useMutation({
    mutationFn: ({ annotationId, groundTruth }: GroundTruthChange) =>
      setGroundTruth(annotationId, groundTruth),
    onMutate: async ({ annotationId, groundTruth }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData(key);
      if (before) queryClient.setQueryData(key, mark(before, annotationId, groundTruth));
      return { before };
    },
    onError: (_error, _change, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    // The write is a new version: a review sent next must name its `updated_at`.
    onSuccess: (saved) =>
      queryClient.setQueryData(key, (task) => {
        if (!task) return task;
        const marked = mark(task, saved.id, saved.ground_truth);
        const annotations = marked.annotations.map((a) =>
          a.id === saved.id ? { ...a, updated_at: saved.updated_at } : a,
        );
        return { ...marked, annotations };
      }),
    onSettled: () => refreshTask(queryClient, taskId),
  });
}
