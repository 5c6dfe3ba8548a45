import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DmActionId, DmActionRequest } from '../../../../shared/api/dm-actions';
import { runDmAction } from '../api/dm-action-queries';
import { taskTableQueries } from '../api/task-table-queries';

export interface DmActionRun {
  id: DmActionId;
  body: DmActionRequest;
}

/**
 * Runs a data-manager action, then refetches every task list (rows and totals move). Not
 * optimistic: the person confirmed in a dialog that waits for the answer.
 */
export function useDmAction(projectId: number, onTasksChanged: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: DmActionRun) => runDmAction(id, projectId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: taskTableQueries.all });
      onTasksChanged();
    },
  });
}
