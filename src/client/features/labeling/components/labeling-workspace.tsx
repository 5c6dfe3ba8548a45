// The labeling page: the stream (no `?task`), or one task (`?task=<id>`, from the stream, the
// history or a link). Stores load from IndexedDB before any task opens, so a draft is never
// missed; the outbox runs for as long as the page is open.
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Project } from '../../../../shared/api/projects';
import type { Whoami } from '../../../../shared/api/users';
import { parseLabelConfig } from '../../../../shared/label-config/parse';
import { Alert } from '../../../components/alert';
import { Page } from '../../../components/page';
import { Spinner } from '../../../components/spinner';
import { parseId, paths } from '../../../lib/paths';
import { useOutboxProcessor } from '../hooks/use-outbox';
import { useDraftsHydrated } from '../stores/draft-store';
import { useOutboxHydrated } from '../stores/outbox-store';
import { ConflictDialog } from './conflict-dialog';
import { FailedWork } from './outbox-status';
import { StreamStart } from './stream-start';
import { TaskView } from './task-view';

export interface LabelingWorkspaceProps {
  project: Project;
  user: Whoami;
}

export function LabelingWorkspace({ project, user }: LabelingWorkspaceProps) {
  const queryClient = useQueryClient();
  useOutboxProcessor(queryClient);
  const parsed = useMemo(() => parseLabelConfig(project.label_config), [project.label_config]);
  const [params] = useSearchParams();
  const taskId = parseId(params.get('task') ?? undefined);
  const draftsReady = useDraftsHydrated();
  const outboxReady = useOutboxHydrated();
  const back = <Link to={paths.project(project.id)}>← {project.title || 'Project'}</Link>;

  if (!parsed.ok) {
    return (
      <Page title="This project can’t be labeled yet" eyebrow={back}>
        <Alert title="The labeling config has errors">
          <ul>
            {parsed.errors.map((e, i) => (
              <li key={i}>{e.message}</li>
            ))}
          </ul>
          <p>An admin can fix it in the project settings.</p>
        </Alert>
      </Page>
    );
  }
  if (!draftsReady || !outboxReady) {
    return (
      <div className="screen-center">
        <Spinner size="lg" label="Loading your saved work…" />
      </div>
    );
  }
  return (
    <>
      <ConflictDialog />
      <FailedWork projectId={project.id} />
      {taskId === null ? (
        <StreamStart project={project} back={back} />
      ) : (
        <TaskView
          key={taskId}
          project={project}
          config={parsed.config}
          user={user}
          taskId={taskId}
          fromStream={params.get('from') !== 'history'}
          back={back}
        />
      )}
    </>
  );
}
