import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { Project } from '../../../shared/api/projects';
import { can } from '../../../shared/api/permissions';
import { useSignedInUser } from '../../features/auth/hooks/use-signed-in-user';
import { projectQueries } from '../../features/projects/api/project-queries';
import { TaskTablePage } from '../../features/tasks/components/task-table-page';
import { userQueries } from '../../features/users/api/user-queries';
import { displayName } from '../../features/users/user-format';
import { paths } from '../../lib/paths';
import { RouteProject } from './route-project';

/**
 * Composes projects, auth, users and tasks: the project and who is signed in decide what the
 * task table offers; admins also get people's names for the annotators column and filter.
 */
function DataManager({ project }: { project: Project }) {
  const user = useSignedInUser();
  const queryClient = useQueryClient();
  const users = useQuery({ ...userQueries.list(), enabled: can(user.role, 'users.manage') });
  const people = useMemo(
    () => users.data?.map((u) => ({ id: u.id, name: displayName(u) })) ?? null,
    [users.data],
  );
  const id = project.id;
  const taskHref = useCallback((taskId: number) => `${paths.labeling(id)}?task=${taskId}`, [id]);
  const reviewHref = useCallback(
    (annotationId: number) => `${paths.review(id)}?annotation=${annotationId}`,
    [id],
  );
  // Imports and deletes move the project's counts (list cards, overview, dashboard).
  const onTasksChanged = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: projectQueries.all }),
    [queryClient],
  );
  return (
    <TaskTablePage
      project={project}
      role={user.role}
      people={people}
      taskHref={taskHref}
      reviewHref={reviewHref}
      onTasksChanged={onTasksChanged}
      eyebrow={<Link to={paths.project(id)}>← Back to project</Link>}
    />
  );
}

export function Route() {
  return (
    <RouteProject title="Tasks">{(project) => <DataManager project={project} />}</RouteProject>
  );
}
