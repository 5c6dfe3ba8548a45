import { useEffect, useState } from 'react';
import type { TaskDetail } from '../../../../shared/api/task-detail';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import { fromWireResult } from '../api/annotation-api';
import type { LocalDraft } from '../stores/draft-store';
import { startDraftSync, type DraftSyncStatus, type DraftTarget } from '../stores/draft-sync';

export type { DraftSyncStatus, DraftTarget } from '../stores/draft-sync';

/**
 * Keeps the open task's work safe: every editor edit goes to the local draft, and the draft to
 * the server at most every 3 s. Returns the status for the toolbar. `target` null: no task.
 */
export function useDraftSync(target: DraftTarget | null): DraftSyncStatus {
  const [status, setStatus] = useState<DraftSyncStatus>('saved');
  const taskId = target?.taskId ?? null;
  const projectId = target?.projectId ?? null;
  const annotationId = target?.annotationId ?? null;
  const baseUpdatedAt = target?.baseUpdatedAt ?? null;

  useEffect(() => {
    if (taskId === null || projectId === null) return;
    const stop = startDraftSync({ taskId, projectId, annotationId, baseUpdatedAt }, setStatus);
    return () => {
      stop();
      setStatus('saved');
    };
  }, [taskId, projectId, annotationId, baseUpdatedAt]);

  return status;
}

export type InitialSource = 'local-draft' | 'server-draft' | 'annotation' | 'prediction' | 'empty';

export interface InitialResult {
  result: readonly ResultEntry[];
  /** Active seconds already spent in this editing round (restored with a draft). */
  activeSeconds: number;
  /** The annotation being edited (submit becomes an update), or null for a new one. */
  annotationId: number | null;
  /** That annotation's `updated_at`: the update's If-Match. */
  baseUpdatedAt: string | null;
  /** That annotation's `lead_time`: an update sends it plus the new active seconds. */
  previousLeadTime: number | null;
  /** Set when restoring the server's draft: pass it to `draftActions.serverDraftRestored`. */
  serverDraftId: number | null;
  source: InitialSource;
}

const newest = <T extends { updated_at: string }>(items: readonly T[]): T | undefined =>
  items.reduce<T | undefined>(
    (best, item) =>
      !best || Date.parse(item.updated_at) > Date.parse(best.updated_at) ? item : best,
    undefined,
  );

/** Prediction items are marked as such; relations carry no origin in Label Studio. */
const asPrediction = (result: readonly ResultEntry[]): readonly ResultEntry[] =>
  result.map((item) => (item.type === 'relation' ? item : { ...item, origin: 'prediction' }));

/**
 * What the editor opens with, most recent work first: this device's draft, the server's copy
 * of a draft, the caller's annotation (editing it), the first prediction, or nothing. With
 * `userId`, only that user's annotations count (reviewers see everyone's on task detail).
 */
export function pickInitialResult(
  task: TaskDetail,
  localDraft: LocalDraft | null,
  options: { userId?: number } = {},
): InitialResult {
  const mine = task.annotations.filter(
    (a) => options.userId === undefined || a.completed_by?.id === options.userId,
  );
  const annotation = (id: number | null) => mine.find((a) => a.id === id) ?? null;
  const none = { annotationId: null, baseUpdatedAt: null, previousLeadTime: null };

  if (localDraft) {
    return {
      result: localDraft.result,
      activeSeconds: localDraft.activeSeconds,
      annotationId: localDraft.annotationId,
      baseUpdatedAt: localDraft.baseUpdatedAt,
      previousLeadTime: annotation(localDraft.annotationId)?.lead_time ?? null,
      serverDraftId: localDraft.serverDraftId,
      source: 'local-draft',
    };
  }
  const draft = newest(task.drafts);
  if (draft) {
    const edited = annotation(draft.annotation);
    return {
      result: fromWireResult(draft.result),
      activeSeconds: draft.lead_time ?? 0,
      annotationId: draft.annotation,
      baseUpdatedAt: edited?.updated_at ?? null,
      previousLeadTime: edited?.lead_time ?? null,
      serverDraftId: draft.id,
      source: 'server-draft',
    };
  }
  const saved = newest(mine);
  if (saved) {
    return {
      result: fromWireResult(saved.result),
      activeSeconds: 0,
      annotationId: saved.id,
      baseUpdatedAt: saved.updated_at,
      previousLeadTime: saved.lead_time,
      serverDraftId: null,
      source: 'annotation',
    };
  }
  const prediction = task.predictions[0];
  if (prediction) {
    const result = asPrediction(fromWireResult(prediction.result));
    return { result, activeSeconds: 0, ...none, serverDraftId: null, source: 'prediction' };
  }
  return { result: [], activeSeconds: 0, ...none, serverDraftId: null, source: 'empty' };
}
