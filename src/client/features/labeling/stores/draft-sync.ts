// Mirrors the open task's editor result into the local draft (every edit), and the local draft
// to the server (at most every few seconds, while it changed). The local draft is the source
// of truth; the server copy lets work follow the annotator to another device, so a failed
// save is retried later and never blocks or loses anything.
import { isApiError, NetworkError } from '../../../lib/api-client';
import { toWireResult } from '../api/annotation-api';
import { createDraft, updateDraft, type DraftSendOptions } from '../api/draft-api';
import { subscribeEditor } from './editor-store';
import { draftActions, readDraft, subscribeDrafts, type DraftMeta } from './draft-store';
import type { LocalDraft } from './draft-persistence';
import { hasOutboxEntry } from './outbox-store';

export type DraftSyncStatus = 'saved' | 'saving' | 'local-only' | 'error';

export interface DraftTarget extends DraftMeta {
  taskId: number;
}

/** At most one server save per this interval while the annotator keeps editing. */
export const SYNC_INTERVAL_MS = 3_000;
/** After a failed save, the next try waits at least this long (or for the network to return). */
export const SYNC_RETRY_MS = 10_000;

function unsynced(taskId: number): LocalDraft | null {
  const draft = readDraft(taskId);
  if (!draft || draft.editedAt <= (draft.syncedAt ?? -Infinity)) return null;
  // Once a submit is queued the server deletes the draft with it; saving again would revive it.
  return hasOutboxEntry(taskId) ? null : draft;
}

async function save(draft: LocalDraft, options: DraftSendOptions = {}) {
  const body = { result: toWireResult(draft.result), lead_time: draft.activeSeconds };
  if (draft.serverDraftId !== null) {
    try {
      return await updateDraft(draft.serverDraftId, body, options);
    } catch (error) {
      // Gone on the server (saved from elsewhere, or cleaned up): start a new one.
      if (!isApiError(error, 404)) throw error;
    }
  }
  return createDraft(draft.taskId, draft.annotationId, body, options);
}

export function startDraftSync(
  target: DraftTarget,
  onStatus: (status: DraftSyncStatus) => void,
): () => void {
  const { taskId, ...meta } = target;
  let stopped = false;
  let inFlight = false;
  let lastStart = -Infinity;
  let retryAt = -Infinity;
  /** A version the server refused (4xx): not sent again until it is edited. */
  let refusedEditedAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let status: DraftSyncStatus | null = null;

  const report = (next: DraftSyncStatus) => {
    if (next === status) return;
    status = next;
    onStatus(next);
  };

  function schedule(): void {
    if (stopped || inFlight) return;
    const draft = unsynced(taskId);
    if (!draft) return report('saved');
    if (status !== 'local-only' && status !== 'error') report('saving');
    if (draft.editedAt <= refusedEditedAt) return;
    if (timer !== null) clearTimeout(timer);
    const due = Math.max(lastStart + SYNC_INTERVAL_MS, retryAt);
    timer = setTimeout(() => void sync(), Math.max(0, due - Date.now()));
  }

  async function sync(): Promise<void> {
    timer = null;
    const draft = unsynced(taskId);
    if (stopped || inFlight || !draft) return schedule();
    inFlight = true;
    lastStart = Date.now();
    try {
      const saved = await save(draft);
      draftActions.draftSynced(taskId, saved.id, draft.editedAt);
      retryAt = -Infinity;
      report('saved');
    } catch (error) {
      retryAt = Date.now() + SYNC_RETRY_MS;
      const offline = error instanceof NetworkError;
      if (!offline && isApiError(error) && error.status < 500 && error.status !== 429)
        refusedEditedAt = draft.editedAt;
      report(offline ? 'local-only' : 'error');
    } finally {
      inFlight = false;
    }
    schedule();
  }

  const stopEditorMirror = subscribeEditor((state, previous) => {
    const edited = state.taskId === taskId && previous.taskId === taskId;
    if (edited && state.revision > previous.revision)
      draftActions.draftEdited(taskId, state.result, meta);
  });
  const stopDraftWatch = subscribeDrafts((state, previous) => {
    if (state.drafts[taskId] !== previous.drafts[taskId]) schedule();
  });
  // Back online: whatever is waiting goes now, throttle or not.
  const onOnline = () => {
    retryAt = -Infinity;
    lastStart = -Infinity;
    schedule();
  };
  // The tab may be closing: hand the latest version to the browser to deliver.
  const onPageHide = () => {
    const draft = unsynced(taskId);
    if (draft && !inFlight) save(draft, { keepalive: true }).catch(() => {});
  };
  window.addEventListener('online', onOnline);
  window.addEventListener('pagehide', onPageHide);
  // A draft left unsynced by an earlier visit is saved right away.
  schedule();

  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    stopEditorMirror();
    stopDraftWatch();
    window.removeEventListener('online', onOnline);
    window.removeEventListener('pagehide', onPageHide);
  };
}
