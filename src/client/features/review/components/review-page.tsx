// The review route's page: the queue (no `?annotation`), or one annotation under review. The
// status line lives here, so "Accepted task 12" stays on screen as the view moves on.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Project } from '../../../../shared/api/projects';
import { parseLabelConfig } from '../../../../shared/label-config/parse';
import { Alert } from '../../../components/alert';
import { Page } from '../../../components/page';
import { paths } from '../../../lib/paths';
import { annotationQueries } from '../api/annotation-queries';
import { useReviewParams } from '../hooks/use-review-params';
import { ReviewQueue } from './review-queue';
import type { RenderEditor, Viewer } from './review-types';
import { ReviewView } from './review-view';

export interface ReviewPageProps {
  project: Project;
  viewer: Viewer;
  renderEditor: RenderEditor;
  /** The region selected in the editor, for pinning a comment to it. */
  selectedRegionId: string | null;
}

export function ReviewPage({ project, viewer, renderEditor, selectedRegionId }: ReviewPageProps) {
  const params = useReviewParams();
  const parsed = useMemo(() => parseLabelConfig(project.label_config), [project.label_config]);
  const [notice, setNotice] = useState<string | null>(null);
  // A link may name only the annotation: its task is one lookup away.
  const lookup = useQuery({
    ...annotationQueries.detail(params.annotation ?? 0),
    enabled: params.annotation !== null && params.task === null,
  });
  const taskId = params.task ?? lookup.data?.task ?? null;

  if (!parsed.ok) {
    return (
      <Page title="Review" eyebrow={<Link to={paths.project(project.id)}>← {project.title}</Link>}>
        <Alert title="The labeling config has errors">
          <p>
            An admin can fix it in the project settings; annotations can be reviewed after that.
          </p>
        </Alert>
      </Page>
    );
  }
  if (params.annotation === null) {
    return <ReviewQueue project={project} config={parsed.config} notice={notice} />;
  }
  return (
    <ReviewView
      project={project}
      config={parsed.config}
      viewer={viewer}
      annotationId={params.annotation}
      taskId={taskId}
      lookupError={lookup.error}
      filters={params.filters}
      queueHref={params.queueHref}
      notice={notice}
      onNotice={setNotice}
      onOpen={params.open}
      onBack={params.backToQueue}
      renderEditor={renderEditor}
      selectedRegionId={selectedRegionId}
    />
  );
}
