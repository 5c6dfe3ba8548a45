import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Project, ProjectWrite } from '../../../../shared/api/projects';
import { createProject, projectQueries, updateProject } from '../api/project-queries';

export interface SaveProjectInput {
  /** Absent for a new project. */
  id?: number | undefined;
  body: Partial<ProjectWrite>;
}

/** Creates or updates a project; the detail cache takes the server's answer at once. */
export function useSaveProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: SaveProjectInput): Promise<Project> =>
      id === undefined ? createProject(body) : updateProject(id, body),
    onSuccess: (project) => {
      queryClient.setQueryData(projectQueries.detail(project.id).queryKey, project);
      // Lists show titles and counters; other details may not have changed but cost little.
      void queryClient.invalidateQueries({ queryKey: projectQueries.lists() });
    },
  });
}
