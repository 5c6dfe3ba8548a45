import { useSignedInUser } from '../../features/auth/hooks/use-signed-in-user';
import { LabelingWorkspace } from '../../features/labeling/components/labeling-workspace';
import { RouteProject } from './route-project';

/** Composes projects, auth and labeling: the project's config and who labels decide the editor. */
export function LabelingRoute() {
  const user = useSignedInUser();
  return (
    <RouteProject title="Labeling">
      {(project) => <LabelingWorkspace project={project} user={user} />}
    </RouteProject>
  );
}
