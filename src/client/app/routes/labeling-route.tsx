import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { ErrorState } from '../../components/error-state';
import { Page } from '../../components/page';
import { Spinner } from '../../components/spinner';
import { useSignedInUser } from '../../features/auth/hooks/use-signed-in-user';
import { LabelingWorkspace } from '../../features/labeling/components/labeling-workspace';
import { projectQueries } from '../../features/projects/api/project-queries';
import { errorMessage, isApiError } from '../../lib/api-client';
import { parseId, paths } from '../../lib/paths';

/** Composes projects, auth and labeling: the project's config and who labels decide the editor. */
export function LabelingRoute() {
  const id = parseId(useParams().projectId);
  const user = useSignedInUser();
  const project = useQuery({ ...projectQueries.detail(id ?? 0), enabled: id !== null });

  const back = <Link to={id === null ? paths.projects : paths.project(id)}>← Back to project</Link>;
  if (id === null || isApiError(project.error, 404)) {
    return (
      <Page title="Project not found" eyebrow={<Link to={paths.projects}>← All projects</Link>}>
        <p className="muted">It may have been deleted, or the link is wrong.</p>
      </Page>
    );
  }
  if (project.isPending) {
    return (
      <div className="screen-center">
        <Spinner size="lg" label="Loading the project…" />
      </div>
    );
  }
  if (project.isError) {
    return (
      <Page title="Labeling" eyebrow={back}>
        <ErrorState
          title="Could not load this project"
          message={errorMessage(project.error)}
          reference={isApiError(project.error) ? project.error.requestId : null}
          onRetry={() => void project.refetch()}
          retrying={project.isFetching}
        />
      </Page>
    );
  }
  return <LabelingWorkspace project={project.data} user={user} />;
}
