// The verdicts already given on the annotation under review; their authors (and admins) may
// take one back.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { can } from '../../../../shared/api/permissions';
import type { Review } from '../../../../shared/api/reviews';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog } from '../../../components/dialog';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { errorMessage } from '../../../lib/api-client';
import { reviewQueries } from '../api/review-queries';
import { useDeleteReview } from '../hooks/use-review-mutations';
import { REVIEW_ACTION_DONE, formatDateTime } from '../review-format';
import type { Viewer } from './review-types';

export interface ReviewHistoryProps {
  annotationId: number;
  taskId: number;
  viewer: Viewer;
  /** Who a user id is, as far as this page knows. */
  personOf(id: number | null): string;
}

export function ReviewHistory({ annotationId, taskId, viewer, personOf }: ReviewHistoryProps) {
  const reviews = useQuery(reviewQueries.list({ annotation: annotationId }));
  const remove = useDeleteReview(taskId);
  const [deleting, setDeleting] = useState<Review | null>(null);
  const mayDelete = (r: Review) => r.created_by === viewer.id || can(viewer.role, 'reviews.manage');

  let body;
  if (reviews.isPending) body = <Skeleton height="2.5rem" radius="md" />;
  else if (reviews.isError) {
    body = (
      <ErrorState
        title="Could not load the reviews"
        message={errorMessage(reviews.error)}
        onRetry={() => void reviews.refetch()}
        retrying={reviews.isFetching}
      />
    );
  } else if (reviews.data.length === 0) body = <p className="muted">Not reviewed yet.</p>;
  else {
    body = (
      <ol className="review-history">
        {reviews.data.map((r) => (
          <li key={r.id} className="review-history__item">
            <p className="review-history__head">
              <strong>{REVIEW_ACTION_DONE[r.action]}</strong> by {personOf(r.created_by)}
              <span className="muted">
                {' · '}
                <time dateTime={r.created_at}>{formatDateTime(r.created_at)}</time>
              </span>
            </p>
            {r.comment && <p className="review-history__comment">{r.comment}</p>}
            {mayDelete(r) && (
              <Button size="sm" variant="ghost" onClick={() => setDeleting(r)}>
                Delete review
              </Button>
            )}
          </li>
        ))}
      </ol>
    );
  }

  return (
    <section className="review-panel" aria-labelledby="review-history-title">
      <h2 id="review-history-title" className="review-panel__title">
        Reviews
      </h2>
      {body}
      <Dialog
        open={deleting !== null}
        title="Delete this review?"
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
        footer={
          <>
            <Button variant="secondary" onClick={() => setDeleting(null)}>
              Keep it
            </Button>
            <Button
              variant="danger"
              pending={remove.isPending}
              pendingLabel="Deleting…"
              onClick={() =>
                deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })
              }
            >
              Delete review
            </Button>
          </>
        }
      >
        <p>The annotation’s status becomes “Review deleted”; the review is gone for good.</p>
        {remove.isError && <Alert>{errorMessage(remove.error)}</Alert>}
      </Dialog>
    </section>
  );
}
