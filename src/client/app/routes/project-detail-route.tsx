import type { Project } from '../../../shared/api/projects';
import { can, type Permission } from '../../../shared/api/permissions';
import type { Role } from '../../../shared/api/users';
import { ButtonLink } from '../../components/button';
import { useSignedInUser } from '../../features/auth/hooks/use-signed-in-user';
import { ProjectDetailPage } from '../../features/projects/components/project-detail-page';
import { paths } from '../../lib/paths';

interface ProjectLink {
  label: string;
  to: (id: number) => string;
  /** The permission the page's route is gated by (router.tsx), so a link never leads to a 403. */
  permission: Permission;
}

const PROJECT_LINKS: readonly ProjectLink[] = [
  { label: 'Tasks', to: paths.dataManager, permission: 'tasks.view_all' },
  { label: 'Review', to: paths.review, permission: 'annotations.review' },
  { label: 'Dashboard', to: paths.dashboard, permission: 'annotations.view_all' },
  { label: 'Settings', to: paths.projectSettings, permission: 'projects.manage' },
];

function projectLinks(role: Role, project: Project) {
  const links = PROJECT_LINKS.filter((l) => can(role, l.permission));
  if (links.length === 0) return null;
  return (
    <nav aria-label="Project" className="page__nav">
      {links.map((l) => (
        <ButtonLink key={l.label} variant="ghost" to={l.to(project.id)}>
          {l.label}
        </ButtonLink>
      ))}
    </nav>
  );
}

/** Composes auth and projects: the project page offers the pages its viewer's role may open. */
export function ProjectDetailRoute() {
  const { role } = useSignedInUser();
  return (
    <ProjectDetailPage
      links={(project) => projectLinks(role, project)}
      importAction={(project) =>
        can(role, 'tasks.manage') ? (
          <ButtonLink variant="primary" to={paths.importTasks(project.id)}>
            Import tasks
          </ButtonLink>
        ) : null
      }
    />
  );
}
