// One task open in the editor: the data and controls from the config on the left, regions and
// messages on the right, the task's actions on top. The editor opens once per task from
// `pickInitialResult` (draft first, so a reload finds the work exactly as it was left).
import { useQuery } from '@tanstack/react-query';
import { useLayoutEffect, useState, type ReactNode } from 'react';
import type { Project } from '../../../../shared/api/projects';
import type { TaskDetail } from '../../../../shared/api/task-detail';
import type { Whoami } from '../../../../shared/api/users';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import { ErrorState } from '../../../components/error-state';
import { Page } from '../../../components/page';
import { Spinner } from '../../../components/spinner';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { taskQueries } from '../../../lib/task-queries';
import { EditorLayout, EditorProvider } from '../editor/editor-root';
import { RegionList } from '../editor/panels/region-list';
import { useActiveTime } from '../hooks/use-active-time';
import { pickInitialResult, useDraftSync, type InitialResult } from '../hooks/use-draft-sync';
import { useTaskActions } from '../hooks/use-task-actions';
import { draftActions, readDraft } from '../stores/draft-store';
import { editorActions, useEditorTaskId } from '../stores/editor-store';
import { LabelingToolbar } from './labeling-toolbar';
import { SubmitErrors } from './submit-errors';
import './task-view.css';

export interface TaskViewProps {
  project: Project;
  config: LabelConfig;
  user: Whoami;
  taskId: number;
  /** Opened from the stream (submit moves on to the next task) rather than from history. */
  fromStream: boolean;
  back: ReactNode;
}

export function TaskView(props: TaskViewProps) {
  const { taskId, back } = props;
  const task = useQuery(taskQueries.detail(taskId));

  if (task.isError) {
    const gone = isApiError(task.error, 404);
    return (
      <Page title={`Task ${taskId}`} eyebrow={back}>
        <ErrorState
          title={gone ? 'This task does not exist' : 'Could not load this task'}
          message={
            gone ? 'It may have been deleted, or the link is wrong.' : errorMessage(task.error)
          }
          reference={isApiError(task.error) ? task.error.requestId : null}
          {...(gone ? {} : { onRetry: () => void task.refetch(), retrying: task.isFetching })}
        />
      </Page>
    );
  }
  if (!task.data) return <Opening taskId={taskId} />;
  return <TaskSession {...props} task={task.data} />;
}

const Opening = ({ taskId }: { taskId: number }) => (
  <div className="screen-center">
    <Spinner size="lg" label={`Opening task ${taskId}…`} />
  </div>
);

/**
 * Opens the editor once per task, from `pickInitialResult` (draft first, so a reload finds the
 * work exactly as it was left); renders the editor only once the store holds this task.
 */
function TaskSession(props: TaskViewProps & { task: TaskDetail }) {
  const { task, taskId, user, project } = props;
  const [initial] = useState(() => pickInitialResult(task, readDraft(taskId), { userId: user.id }));
  useLayoutEffect(() => {
    if (initial.source === 'server-draft' && initial.serverDraftId !== null) {
      draftActions.serverDraftRestored(taskId, {
        projectId: project.id,
        annotationId: initial.annotationId,
        baseUpdatedAt: initial.baseUpdatedAt,
        result: initial.result,
        activeSeconds: initial.activeSeconds,
        serverDraftId: initial.serverDraftId,
      });
    }
    editorActions.taskOpened(taskId, initial.result);
    return () => editorActions.taskClosed();
  }, [initial, taskId, project.id]);
  const open = useEditorTaskId() === taskId;
  if (!open) return <Opening taskId={taskId} />;
  return <OpenTask {...props} data={task.data} initial={initial} queue={queueOf(task)} />;
}

const queueOf = (task: object): string | null =>
  'queue' in task && typeof task.queue === 'string' ? task.queue : null;

interface OpenTaskProps extends TaskViewProps {
  data: Record<string, unknown>;
  initial: InitialResult;
  queue: string | null;
}

function OpenTask({
  project,
  config,
  taskId,
  fromStream,
  back,
  data,
  initial,
  queue,
}: OpenTaskProps) {
  useActiveTime(taskId);
  const syncStatus = useDraftSync({
    taskId,
    projectId: project.id,
    annotationId: initial.annotationId,
    baseUpdatedAt: initial.baseUpdatedAt,
  });
  const actions = useTaskActions({ project, config, taskId, data, initial, fromStream });

  return (
    <div className="lc-task">
      <LabelingToolbar
        project={project}
        config={config}
        taskId={taskId}
        queue={queue}
        back={back}
        syncStatus={syncStatus}
        actions={actions}
        updating={initial.annotationId !== null}
      />
      <EditorProvider config={config} data={data} taskId={taskId}>
        <div className="lc-task__body">
          <section className="lc-task__editor" aria-label={`Task ${taskId}`}>
            <EditorLayout />
          </section>
          <aside className="lc-task__side" aria-label="Regions and messages">
            <SubmitErrors messages={actions.errors} onDismiss={actions.clearErrors} />
            <RegionList />
          </aside>
        </div>
      </EditorProvider>
    </div>
  );
}
