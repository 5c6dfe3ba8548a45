// One annotation under review (`?task=&annotation=`): loads its task (every annotation on it,
// its predictions and comment counters) and opens the session once both are known.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { Project } from '../../../../shared/api/projects';
import type { ReviewQueueFilters } from '../../../../shared/api/reviews';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import { ErrorState } from '../../../components/error-state';
import { Page } from '../../../components/page';
import { Spinner } from '../../../components/spinner';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { taskQueries } from '../../../lib/task-queries';
import type { ReviewNavigation } from '../hooks/use-review-session';
import type { RenderEditor, Viewer } from './review-types';
import { ReviewSession } from './review-session';

export interface ReviewViewProps extends ReviewNavigation {
  project: Project;
  config: LabelConfig;
  viewer: Viewer;
  annotationId: number;
  /** Null while a link that names only the annotation is being resolved. */
  taskId: number | null;
  lookupError: unknown;
  filters: ReviewQueueFilters;
  queueHref: string;
  notice: string | null;
  renderEditor: RenderEditor;
  selectedRegionId: string | null;
}

export function ReviewView(props: ReviewViewProps) {
  const { taskId, annotationId, lookupError, queueHref } = props;
  const task = useQuery({ ...taskQueries.detail(taskId ?? 0), enabled: taskId !== null });
  const annotation = task.data?.annotations.find((a) => a.id === annotationId);
  const back = <Link to={queueHref}>← Review queue</Link>;
  const error = lookupError ?? task.error;

  if (error || (task.data && !annotation)) {
    const gone = !error || isApiError(error, 404);
    return (
      <Page title={`Annotation ${annotationId}`} eyebrow={back}>
        <ErrorState
          title={gone ? 'This annotation is not here' : 'Could not load this annotation'}
          message={gone ? 'It may have been deleted, or the link is wrong.' : errorMessage(error)}
          reference={isApiError(error) ? error.requestId : null}
          {...(gone ? {} : { onRetry: () => void task.refetch(), retrying: task.isFetching })}
        />
      </Page>
    );
  }
  if (!task.data || !annotation) {
    return (
      <div className="screen-center">
        <Spinner size="lg" label={`Opening annotation ${annotationId}…`} />
      </div>
    );
  }
  return (
    <ReviewSession
      key={annotationId}
      {...props}
      task={task.data}
      annotation={annotation}
      refreshing={task.isFetching}
    />
  );
}
