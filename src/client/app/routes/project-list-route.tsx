import { can } from '../../../shared/api/permissions';
import { ButtonLink } from '../../components/button';
import { useSignedInUser } from '../../features/auth/hooks/use-signed-in-user';
import { ProjectListPage } from '../../features/projects/components/project-list-page';
import { paths } from '../../lib/paths';

/** Composes auth and projects: who is looking decides what the empty list suggests. */
export function ProjectListRoute() {
  const user = useSignedInUser();
  const manages = can(user.role, 'projects.manage');
  const emptyHint = manages ? (
    <p>
      Create one with <strong>New project</strong>, or with <code>POST /api/projects</code> (the
      Label Studio SDK works too).
    </p>
  ) : (
    <p>Projects appear here once an admin creates them or adds you to one.</p>
  );
  const actions = manages ? (
    <ButtonLink variant="primary" to={paths.newProject}>
      New project
    </ButtonLink>
  ) : undefined;
  return <ProjectListPage emptyHint={emptyHint} actions={actions} />;
}
