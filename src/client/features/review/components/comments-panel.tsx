// The annotation's comments: who said what and when, pinned regions, resolved or open. Anyone
// here may resolve or reopen; authors (and admins) may delete.
import { useQuery } from '@tanstack/react-query';
import type { Comment } from '../../../../shared/api/comments';
import { can } from '../../../../shared/api/permissions';
import { Alert } from '../../../components/alert';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { errorMessage } from '../../../lib/api-client';
import { commentQueries } from '../api/comment-queries';
import { useDeleteComment, useResolveComment } from '../hooks/use-comment-mutations';
import { formatDateTime } from '../review-format';
import { CommentForm, type PinnableRegion } from './comment-form';
import type { Viewer } from './review-types';

export interface CommentsPanelProps {
  annotationId: number;
  taskId: number;
  viewer: Viewer;
  personOf(id: number | null): string;
  region: PinnableRegion | null;
  /** Names a pinned region for people, when it is in the annotation's result. */
  regionTitle(ref: Comment['region_ref']): string | null;
}

export function CommentsPanel(props: CommentsPanelProps) {
  const { annotationId, taskId, viewer, personOf, region, regionTitle } = props;
  const comments = useQuery(commentQueries.list({ annotation: annotationId }));
  const resolve = useResolveComment(taskId);
  const remove = useDeleteComment(taskId);
  const busy = (c: Comment) =>
    (resolve.isPending && resolve.variables.id === c.id) ||
    (remove.isPending && remove.variables === c.id);

  let list;
  if (comments.isPending) list = <Skeleton height="2.5rem" radius="md" />;
  else if (comments.isError) {
    list = (
      <ErrorState
        title="Could not load the comments"
        message={errorMessage(comments.error)}
        onRetry={() => void comments.refetch()}
        retrying={comments.isFetching}
      />
    );
  } else if (comments.data.length === 0) list = <p className="muted">No comments yet.</p>;
  else {
    list = (
      <ol className="review-comments">
        {comments.data.map((c) => {
          const pinned = c.region_ref === null ? null : (regionTitle(c.region_ref) ?? 'a region');
          return (
            <li
              key={c.id}
              className={`review-comments__item${c.is_resolved ? ' review-comments__item--resolved' : ''}`}
            >
              <p className="review-comments__head">
                <strong>{personOf(c.created_by)}</strong>
                <span className="muted">
                  <time dateTime={c.created_at}>{formatDateTime(c.created_at)}</time>
                </span>
                {c.is_resolved && <Badge tone="success">Resolved</Badge>}
              </p>
              {pinned && <p className="review-comments__pin">On {pinned}</p>}
              <p className="review-comments__text">{c.text}</p>
              <div className="review-comments__actions">
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={busy(c)}
                  onClick={() => resolve.mutate({ id: c.id, resolved: !c.is_resolved })}
                >
                  {c.is_resolved ? 'Reopen' : 'Resolve'}
                </Button>
                {(c.created_by === viewer.id || can(viewer.role, 'comments.manage')) && (
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={busy(c)}
                    onClick={() => remove.mutate(c.id)}
                  >
                    Delete
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    );
  }

  const failed = resolve.error ?? remove.error;
  return (
    <section className="review-panel" aria-labelledby="review-comments-title">
      <h2 id="review-comments-title" className="review-panel__title">
        Comments{comments.data ? ` (${comments.data.length})` : ''}
      </h2>
      {failed && <Alert>{errorMessage(failed)}</Alert>}
      {list}
      <CommentForm annotationId={annotationId} taskId={taskId} region={region} />
    </section>
  );
}
