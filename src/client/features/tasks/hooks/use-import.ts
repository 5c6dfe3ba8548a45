import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { importQueries } from '../api/import-queries';
import { taskTableQueries } from '../api/task-table-queries';
import { uploadImport, type ImportSource, type UploadAnswer } from '../api/upload-import';

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'uploading' }
  | { kind: 'running'; rowsDone: number; rowsTotal: number | null }
  | { kind: 'done'; taskCount: number; errors: readonly string[] }
  | { kind: 'failed'; errors: readonly string[] }
  | { kind: 'error'; error: unknown };

/**
 * One import from the dialog: upload, then poll the job the server answers with until it is
 * done or failed. When tasks were added, every task list and the project's counts refetch.
 */
export function useImport(projectId: number, onTasksChanged: () => void) {
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<number | null>(null);
  const [instant, setInstant] = useState<UploadAnswer | null>(null);
  const upload = useMutation({
    mutationFn: (v: { source: ImportSource; partial: boolean }) =>
      uploadImport({ projectId, ...v }),
    onSuccess: (answer) => {
      if ('job' in answer) setJobId(answer.job);
      else setInstant(answer);
    },
  });
  const job = useQuery({
    ...importQueries.detail(projectId, jobId ?? 0),
    enabled: jobId !== null,
  });

  let phase: ImportPhase = { kind: 'idle' };
  if (upload.isPending) phase = { kind: 'uploading' };
  else if (upload.isError) phase = { kind: 'error', error: upload.error };
  else if (instant && 'result' in instant)
    phase = {
      kind: 'done',
      taskCount: instant.result.task_count,
      errors: instant.result.errors ?? [],
    };
  else if (jobId !== null) {
    const data = job.data;
    if (job.isError && !data) phase = { kind: 'error', error: job.error };
    else if (data?.status === 'done')
      phase = { kind: 'done', taskCount: data.task_count, errors: data.errors };
    else if (data?.status === 'failed') phase = { kind: 'failed', errors: data.errors };
    else
      phase = {
        kind: 'running',
        rowsDone: data?.rows_done ?? 0,
        rowsTotal: data?.rows_total ?? null,
      };
  }

  const added = phase.kind === 'done' ? phase.taskCount : 0;
  const refreshed = useRef(false);
  useEffect(() => {
    if (phase.kind !== 'done' || refreshed.current) return;
    refreshed.current = true;
    if (added > 0) {
      void queryClient.invalidateQueries({ queryKey: taskTableQueries.all });
      onTasksChanged();
    }
  }, [phase.kind, added, queryClient, onTasksChanged]);

  const reset = () => {
    upload.reset();
    setJobId(null);
    setInstant(null);
    refreshed.current = false;
  };
  return { phase, start: upload.mutate, reset };
}
