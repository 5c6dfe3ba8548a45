// The stream's entry: takes the next task and opens it. While submits of this project still
// wait in the outbox it holds back — asking now would hand back the task being submitted.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Project } from '../../../../shared/api/projects';
import { ButtonLink } from '../../../components/button';
import { EmptyState } from '../../../components/empty-state';
import { Page } from '../../../components/page';
import { Spinner } from '../../../components/spinner';
import { paths } from '../../../lib/paths';
import { streamQueries } from '../api/stream-queries';
import { taskQueries } from '../../../lib/task-queries';
import { useOutboxSummary } from '../stores/outbox-store';
import { OutboxStatus } from './outbox-status';
import { QueryErrorState } from '../../../components/query-error-state';

const NO_TASKS = {
  title: 'No tasks yet',
  description: 'This project has no tasks to label yet. They show up here once they are imported.',
};
const ALL_DONE = {
  title: 'You’re all done here',
  description:
    'There are no tasks left for you in this project. New tasks show up here as they are imported.',
};

export function StreamStart({ project, back }: { project: Project; back: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { waiting } = useOutboxSummary();
  const syncing = waiting.filter((e) => e.projectId === project.id).length;
  const next = useQuery({ ...streamQueries.next(project.id), enabled: syncing === 0 });

  useEffect(() => {
    if (!next.data) return;
    queryClient.setQueryData(taskQueries.detail(next.data.id).queryKey, next.data);
    void navigate(`${paths.labeling(project.id)}?task=${next.data.id}`, { replace: true });
  }, [next.data, navigate, project.id, queryClient]);

  if (syncing > 0) {
    return (
      <Page title="Saving your work" eyebrow={back}>
        <OutboxStatus />
        <p className="muted">
          The next task opens as soon as the server has your last submission. Your work is kept on
          this device until then, even if you close the tab.
        </p>
      </Page>
    );
  }
  if (next.isError) {
    return (
      <Page title="Labeling" eyebrow={back}>
        <QueryErrorState title="Could not get the next task" query={next} />
      </Page>
    );
  }
  if (next.data === null) {
    return (
      <Page title="Labeling" eyebrow={back}>
        <EmptyState
          {...(project.task_number === 0 ? NO_TASKS : ALL_DONE)}
          action={
            <ButtonLink to={paths.project(project.id)} variant="primary">
              Back to the project
            </ButtonLink>
          }
        />
      </Page>
    );
  }
  return (
    <div className="screen-center">
      <Spinner size="lg" label="Getting your next task…" />
    </div>
  );
}
