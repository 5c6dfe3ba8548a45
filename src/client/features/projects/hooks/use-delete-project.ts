import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteProject, projectQueries } from '../api/project-queries';

export function useDeleteProject() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteProject,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: projectQueries.lists() }),
  });
}

/**
 * Drops a deleted project's cached detail. Called after leaving its pages: removing it while
 * they are mounted would refetch it and flash "not found".
 */
export function useForgetProject() {
  const queryClient = useQueryClient();
  return (id: number) => queryClient.removeQueries({ queryKey: [...projectQueries.details(), id] });
}
