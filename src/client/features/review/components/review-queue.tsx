// The queue: submitted annotations not yet reviewed, oldest first, filtered by what the URL
// holds. "Start reviewing" opens the oldest; each row opens its own.
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Project } from '../../../../shared/api/projects';
import type { ReviewQueueItem } from '../../../../shared/api/reviews';
import { controlOptions } from '../../../../shared/label-config/control-options';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import { Alert } from '../../../components/alert';
import { Button, ButtonLink } from '../../../components/button';
import { EmptyState } from '../../../components/empty-state';
import { Page } from '../../../components/page';
import { paths } from '../../../lib/paths';
import { reviewQueries } from '../api/review-queries';
import { useReviewParams } from '../hooks/use-review-params';
import { annotatorOf } from '../review-format';
import { QueueFilters, type AnnotatorOption } from './queue-filters';
import { QueueTable, QueueTableSkeleton } from './queue-table';
import './review-queue.css';
import { QueryErrorState } from '../../../components/query-error-state';

export interface ReviewQueueProps {
  project: Project;
  config: LabelConfig;
  /** What the last review did, e.g. when the view came back here with the queue done. */
  notice: string | null;
}

/** Every label and choice the config declares: what the label filter can match. */
function configLabels(config: LabelConfig): string[] {
  const values = [...config.controls.values()].flatMap((c) =>
    controlOptions(c).map((o) => o.value),
  );
  return [...new Set(values)];
}

/** People who have annotations waiting, from the unfiltered queue (reviewers can't list users). */
function annotatorsOf(items: readonly ReviewQueueItem[]): AnnotatorOption[] {
  const byId = new Map<number, string>();
  for (const item of items) {
    if (item.completed_by !== null) byId.set(item.completed_by, annotatorOf(item.created_username));
  }
  return [...byId].map(([id, name]) => ({ id, name }));
}

export function ReviewQueue({ project, config, notice }: ReviewQueueProps) {
  const params = useReviewParams();
  const queue = useQuery(reviewQueries.queue(project.id, params.filters));
  const everyone = useQuery(reviewQueries.queue(project.id, {}));
  const labels = useMemo(() => configLabels(config), [config]);
  const annotators = useMemo(() => annotatorsOf(everyone.data?.results ?? []), [everyone.data]);
  const hrefOf = (item: Pick<ReviewQueueItem, 'id' | 'task'>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params.values)) if (value) search.set(key, value);
    search.set('task', String(item.task));
    search.set('annotation', String(item.id));
    return `?${search.toString()}`;
  };
  const first = queue.data?.results[0];
  const filtered = Object.values(params.values).some(Boolean);

  let content: ReactNode;
  if (queue.isPending) content = <QueueTableSkeleton />;
  else if (queue.isError) {
    content = <QueryErrorState title="Could not load the review queue" query={queue} />;
  } else if (queue.data.count === 0) {
    content = filtered ? (
      <EmptyState
        title="No annotations match these filters"
        description={<p>Others may still wait for review: clear the filters to see them.</p>}
        action={
          <Button onClick={() => params.setFilters({ annotator: '', label: '', from: '', to: '' })}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        title="Nothing waits for review"
        description={<p>Annotations show up here as soon as annotators submit them.</p>}
      />
    );
  } else {
    const { count, results } = queue.data;
    content = (
      <>
        <QueueTable items={results} hrefOf={hrefOf} />
        {count > results.length && (
          <p className="muted review-queue__more">
            The {results.length} oldest are listed; the rest follow as you review.
          </p>
        )}
      </>
    );
  }

  return (
    <Page
      title="Review"
      documentTitle={`Review · ${project.title}`}
      eyebrow={<Link to={paths.project(project.id)}>← {project.title || 'Project'}</Link>}
      description={<p>Submitted annotations waiting for review, oldest first.</p>}
      actions={
        first && (
          <ButtonLink variant="primary" to={hrefOf(first)}>
            Start reviewing
          </ButtonLink>
        )
      }
    >
      <div className="review-queue">
        {notice && (
          <div role="status">
            <Alert tone="info">{notice}</Alert>
          </div>
        )}
        <QueueFilters
          values={params.values}
          annotators={annotators}
          labels={labels}
          onChange={params.setFilters}
        />
        <p className="review-queue__count" aria-live="polite">
          {queue.data &&
            `${queue.data.count} ${queue.data.count === 1 ? 'annotation' : 'annotations'} waiting${filtered ? ' (filtered)' : ''}`}
        </p>
        {content}
      </div>
    </Page>
  );
}
