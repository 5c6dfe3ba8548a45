import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import type { Project } from '../../../shared/api/projects';
import { can } from '../../../shared/api/permissions';
import { ErrorState } from '../../components/error-state';
import { useSignedInUser } from '../../features/auth/hooks/use-signed-in-user';
import { AnnotationEditor } from '../../features/labeling/components/annotation-editor';
import { sampleTaskQuery } from '../../features/projects/api/project-queries';
import type { PreviewRenderProps } from '../../features/projects/components/setup/config-preview';
import { ProjectSetupPage } from '../../features/projects/components/setup/project-setup-page';
import { errorMessage } from '../../lib/api-client';
import { RouteProject } from './route-project';

/** The preview is no real task; any fixed id keeps the editor open across re-renders. */
const PREVIEW_TASK_ID = 0;
const NO_RESULT: never[] = [];

/** Composes projects and labeling: the setup screen's live preview is the annotator's editor. */
function renderPreview({ config, data, sessionKey, onResult }: PreviewRenderProps) {
  return (
    <AnnotationEditor
      config={config}
      data={data}
      taskId={PREVIEW_TASK_ID}
      initialResult={NO_RESULT}
      sessionKey={sessionKey}
      label="Preview of the labeling editor"
      onSubmit={onResult}
    />
  );
}

/** /projects/new (no id) or /projects/:projectId/settings. */
export function Route() {
  const isNew = useParams().projectId === undefined;
  const canDelete = can(useSignedInUser().role, 'projects.manage');
  if (isNew) return <ProjectSetupPage renderPreview={renderPreview} canDelete={false} />;
  return (
    <RouteProject title="Project settings">
      {(project) => (
        // A different project starts a fresh form; a background refetch of this one does not.
        <ProjectSettings key={project.id} project={project} canDelete={canDelete} />
      )}
    </RouteProject>
  );
}

function ProjectSettings({ project, canDelete }: { project: Project; canDelete: boolean }) {
  const sample = useQuery(sampleTaskQuery(project.id));
  const sampleProblem = sample.isError ? (
    <ErrorState
      title="Could not load a task for the preview"
      message={`${errorMessage(sample.error)} The preview uses sample data meanwhile.`}
      onRetry={() => void sample.refetch()}
      retrying={sample.isFetching}
    />
  ) : undefined;
  // undefined while loading, null for a project without tasks (or a failed load).
  const sampleTask = sample.isError
    ? null
    : sample.data === undefined
      ? undefined
      : (sample.data?.data ?? null);
  return (
    <ProjectSetupPage
      project={project}
      sampleTask={sampleTask}
      sampleProblem={sampleProblem}
      renderPreview={renderPreview}
      canDelete={canDelete}
    />
  );
}
