import { can } from '../../../shared/api/permissions';
import { useSignedInUser } from '../../features/auth/hooks/use-signed-in-user';
import { ProjectListPage } from '../../features/projects/components/project-list-page';

/** Composes auth and projects: who is looking decides what the empty list suggests. */
export function ProjectListRoute() {
  const user = useSignedInUser();
  const emptyHint = can(user.role, 'projects.manage') ? (
    <p>
      Create one with <code>POST /api/projects</code> (the Label Studio SDK works too); it will show
      up here.
    </p>
  ) : (
    <p>Projects appear here once an admin creates them or adds you to one.</p>
  );
  return <ProjectListPage emptyHint={emptyHint} />;
}
