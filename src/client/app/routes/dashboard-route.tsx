import { Link } from 'react-router-dom';
import { DashboardPage } from '../../features/dashboard/components/dashboard-page';
import { projectTitle } from '../../features/projects/project-format';
import { paths } from '../../lib/paths';
import { RouteProject } from './route-project';

/** Composes projects and dashboard: the project is loaded here and handed down. */
export function Route() {
  return (
    <RouteProject title="Dashboard">
      {(project) => (
        <DashboardPage
          project={project}
          eyebrow={<Link to={paths.project(project.id)}>← {projectTitle(project)}</Link>}
        />
      )}
    </RouteProject>
  );
}
