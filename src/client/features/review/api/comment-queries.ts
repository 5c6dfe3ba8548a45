import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { Comment, type CommentCreate, type CommentUpdate } from '../../../../shared/api/comments';
import { apiFetch } from '../../../lib/api-client';

const CommentList = z.array(Comment);

export const commentQueries = {
  all: ['comments'] as const,
  lists: () => [...commentQueries.all, 'list'] as const,
  /** An annotation's comments, oldest first. */
  list: (filters: { annotation: number }) =>
    queryOptions({
      queryKey: [...commentQueries.lists(), filters] as const,
      queryFn: ({ signal }) =>
        apiFetch('/api/comments', { schema: CommentList, query: filters, signal }),
    }),
};

export function createComment(body: CommentCreate): Promise<Comment> {
  return apiFetch('/api/comments', { method: 'POST', body, schema: Comment });
}

export function updateComment(id: number, body: CommentUpdate): Promise<Comment> {
  return apiFetch(`/api/comments/${id}`, { method: 'PATCH', body, schema: Comment });
}

export function deleteComment(id: number): Promise<void> {
  return apiFetch(`/api/comments/${id}`, { method: 'DELETE' });
}
