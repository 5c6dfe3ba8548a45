// Comment writes. The list refreshes by prefix; the task refreshes too, since its comment
// counters (count, unresolved, authors) follow on the server.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommentCreate } from '../../../../shared/api/comments';
import {
  commentQueries,
  createComment,
  deleteComment,
  updateComment,
} from '../api/comment-queries';
import { taskQueries } from '../../../lib/task-queries';

function useRefresh(taskId: number) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: commentQueries.lists() });
    void queryClient.invalidateQueries({ queryKey: taskQueries.detail(taskId).queryKey });
  };
}

export function useAddComment(taskId: number) {
  const onSettled = useRefresh(taskId);
  return useMutation({ mutationFn: (body: CommentCreate) => createComment(body), onSettled });
}

export function useResolveComment(taskId: number) {
  const onSettled = useRefresh(taskId);
  return useMutation({
    mutationFn: ({ id, resolved }: { id: number; resolved: boolean }) =>
      updateComment(id, { is_resolved: resolved }),
    onSettled,
  });
}

export function useDeleteComment(taskId: number) {
  const onSettled = useRefresh(taskId);
  return useMutation({ mutationFn: deleteComment, onSettled });
}
