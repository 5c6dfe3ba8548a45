// Submit, skip and update for the open task. Each one is checked with the shared engine, goes
// to the outbox (which retries until the server confirms, never duplicating) and moves on at
// once to the prefetched next task — the network is never in the annotator's way.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Project } from '../../../../shared/api/projects';
import { updatedLeadTime } from '../../../../shared/annotation/lead-time';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import { paths } from '../../../lib/paths';
import { streamQueries } from '../api/stream-queries';
import { taskQueries } from '../../../lib/task-queries';
import { checkResult } from '../editor/submit-check';
import { outboxActions, useOutboxSummary } from '../stores/outbox-store';
import type { InitialResult } from './use-draft-sync';
import { readLeadTime } from './use-active-time';

export interface TaskActionsInput {
  project: Project;
  config: LabelConfig;
  taskId: number;
  data: Record<string, unknown>;
  initial: InitialResult;
  fromStream: boolean;
}

export interface TaskActions {
  submit(): void;
  skip(): void;
  /** Open the task before this one in the caller's history. */
  previous(): void;
  backToStream(): void;
  errors: readonly string[];
  clearErrors(): void;
  canSkip: boolean;
  hasPrevious: boolean;
  fromStream: boolean;
}

const EMPTY_NOT_ALLOWED =
  'This project does not accept empty annotations: label something or skip.';

export function useTaskActions(input: TaskActionsInput): TaskActions {
  const { project, config, taskId, data, initial, fromStream } = input;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [errors, setErrors] = useState<readonly string[]>([]);
  const { waiting } = useOutboxSummary();
  // Until earlier submits land, the server still holds their locks and would hand them back.
  const earlierPending = waiting.some((e) => e.projectId === project.id && e.taskId !== taskId);
  const following = useQuery({
    ...streamQueries.next(project.id, taskId),
    enabled: fromStream && !earlierPending,
  });
  const history = useQuery(streamQueries.history(project.id));
  const entries = history.data ?? [];
  const at = entries.findIndex((h) => h.task_id === taskId);
  const previousEntry = at === -1 ? entries[0] : entries[at + 1];

  const open = useCallback(
    (id: number | null, from?: 'history') => {
      const base = paths.labeling(project.id);
      const url = id === null ? base : `${base}?task=${id}${from ? `&from=${from}` : ''}`;
      void navigate(url);
    },
    [navigate, project.id],
  );

  const moveOn = useCallback(() => {
    const next = following.data;
    if (fromStream && next && next.id !== taskId) {
      queryClient.setQueryData(taskQueries.detail(next.id).queryKey, next);
      open(next.id);
    } else open(null);
    void queryClient.invalidateQueries({ queryKey: streamQueries.histories() });
  }, [following.data, fromStream, open, queryClient, taskId]);

  const submit = useCallback(() => {
    const check = checkResult(config, data, 'submit');
    if (!check.ok) return setErrors(check.messages);
    if (check.result.length === 0 && !project.enable_empty_annotation)
      return setErrors([EMPTY_NOT_ALLOWED]);
    const active = readLeadTime(taskId);
    const base = { taskId, projectId: project.id, result: check.result };
    if (initial.annotationId === null) outboxActions.enqueueSubmit({ ...base, leadTime: active });
    else
      outboxActions.enqueueUpdate({
        ...base,
        annotationId: initial.annotationId,
        ifMatch: initial.baseUpdatedAt,
        leadTime: updatedLeadTime(initial.previousLeadTime, active),
        wasCancelled: false,
      });
    moveOn();
  }, [config, data, project, taskId, initial, moveOn]);

  const skip = useCallback(() => {
    const check = checkResult(config, data, 'skip');
    if (!check.ok) return setErrors(check.messages);
    outboxActions.enqueueSkip({
      taskId,
      projectId: project.id,
      result: check.result,
      leadTime: readLeadTime(taskId),
    });
    moveOn();
  }, [config, data, project.id, taskId, moveOn]);

  return {
    submit,
    skip,
    previous: () => previousEntry && open(previousEntry.task_id, 'history'),
    backToStream: () => open(null),
    errors,
    clearErrors: () => setErrors([]),
    canSkip: project.show_skip_button && initial.annotationId === null,
    hasPrevious: previousEntry !== undefined,
    fromStream,
  };
}
