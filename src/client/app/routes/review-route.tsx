// Composes projects (the project and its config), auth (who reviews), labeling (the editor and
// its selected region) and review (the queue and the review view). The review feature gets the
// editor as a render prop, so it never imports the labeling feature.
import { useSignedInUser } from '../../features/auth/hooks/use-signed-in-user';
import { AnnotationEditor } from '../../features/labeling/components/annotation-editor';
import { useSelectedRegionId } from '../../features/labeling/stores/editor-store';
import { ReviewPage } from '../../features/review/components/review-page';
import type { RenderEditor } from '../../features/review/components/review-types';
import { RouteProject } from './route-project';

const renderEditor: RenderEditor = (props) => <AnnotationEditor {...props} />;

export function Route() {
  const user = useSignedInUser();
  const selectedRegionId = useSelectedRegionId();
  const name = `${user.first_name} ${user.last_name}`.trim() || user.email;
  return (
    <RouteProject title="Review">
      {(project) => (
        <ReviewPage
          project={project}
          viewer={{ id: user.id, role: user.role, name }}
          renderEditor={renderEditor}
          selectedRegionId={selectedRegionId}
        />
      )}
    </RouteProject>
  );
}
