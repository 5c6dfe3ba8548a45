import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Project } from '../../../shared/api/projects';
import { Page } from '../../components/page';
import { Spinner } from '../../components/spinner';
import { projectQueries } from '../../features/projects/api/project-queries';
import { isApiError } from '../../lib/api-client';
import { parseId, paths } from '../../lib/paths';
import { QueryErrorState } from '../../components/query-error-state';

export interface RouteProjectProps {
  /** The page's title while the project cannot be shown (a failed load). */
  title: string;
  children: (project: Project) => ReactNode;
}

/**
 * The `:projectId` of a project page, loaded: a clear page for a wrong or deleted project, a
 * spinner while loading, the error with a retry, and otherwise the page `children` render.
 */
export function RouteProject({ title, children }: RouteProjectProps) {
  const id = parseId(useParams().projectId);
  const project = useQuery({ ...projectQueries.detail(id ?? 0), enabled: id !== null });

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
      <Page title={title} eyebrow={<Link to={paths.project(id)}>← Back to project</Link>}>
        <QueryErrorState title="Could not load this project" query={project} />
      </Page>
    );
  }
  return children(project.data);
}
