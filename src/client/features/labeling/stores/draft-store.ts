// The annotator's unsaved work per task, persisted to IndexedDB so it survives reloads, tab
// closes and network loss (design.md, "No lost work"). Only the outbox removes a draft, once
// the server has confirmed the submit, skip or update built from it.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import {
  DRAFTS_VERSION,
  migrateDrafts,
  sanitizeDrafts,
  type LocalDraft,
  type PersistedDrafts,
} from './draft-persistence';
import { hydrationSafeStorage } from './idb-storage';

export type { LocalDraft } from './draft-persistence';

export interface DraftMeta {
  projectId: number;
  annotationId: number | null;
  baseUpdatedAt: string | null;
}

export interface RestoredDraft extends DraftMeta {
  result: readonly ResultEntry[];
  activeSeconds: number;
  serverDraftId: number;
}

interface DraftState extends PersistedDrafts {
  hydrated: boolean;
}

interface DraftActions {
  /** The editor's result changed on `taskId`. */
  draftEdited(taskId: number, result: readonly ResultEntry[], meta: DraftMeta): void;
  activeTimeAdded(taskId: number, seconds: number): void;
  /** The server stored the version edited at `editedAt` as draft `serverDraftId`. */
  draftSynced(taskId: number, serverDraftId: number, editedAt: number): void;
  /** The task opened from the server's copy of a draft (another device, cleared storage). */
  serverDraftRestored(taskId: number, draft: RestoredDraft): void;
  /**
   * The server confirmed the work. With `upTo`, a draft edited after that moment (the user
   * kept editing while the submit was on its way) is kept.
   */
  draftDiscarded(taskId: number, upTo?: number): void;
}

const persisted = hydrationSafeStorage<PersistedDrafts>();

/** The stored and in-memory entries for one task: the in-memory one is newer by definition. */
function mergeHydrated<S extends DraftState>(stored: unknown, current: S): S {
  const fromStorage = sanitizeDrafts(stored);
  return {
    ...current,
    drafts: { ...fromStorage.drafts, ...current.drafts },
    viewSeconds: { ...fromStorage.viewSeconds, ...current.viewSeconds },
  };
}

let resolveHydrated: () => void = () => {};
const hydratedPromise = new Promise<void>((resolve) => {
  resolveHydrated = resolve;
});

const draftStore = create<DraftState & DraftActions>()(
  persist(
    (set) => ({
      drafts: {},
      viewSeconds: {},
      hydrated: false,
      draftEdited: (taskId, result, meta) =>
        set((s) => {
          const previous = s.drafts[taskId];
          const sameTarget = previous?.annotationId === meta.annotationId;
          const { [taskId]: viewed = 0, ...viewSeconds } = s.viewSeconds;
          const draft: LocalDraft = {
            taskId,
            ...meta,
            result,
            activeSeconds: (previous?.activeSeconds ?? 0) + viewed,
            editedAt: Math.max(Date.now(), (previous?.editedAt ?? 0) + 1),
            syncedAt: sameTarget ? previous.syncedAt : null,
            serverDraftId: sameTarget ? previous.serverDraftId : null,
          };
          return { drafts: { ...s.drafts, [taskId]: draft }, viewSeconds };
        }),
      activeTimeAdded: (taskId, seconds) =>
        set((s) => {
          if (!(seconds > 0)) return s;
          const draft = s.drafts[taskId];
          if (!draft) {
            const viewed = (s.viewSeconds[taskId] ?? 0) + seconds;
            return { viewSeconds: { ...s.viewSeconds, [taskId]: viewed } };
          }
          const activeSeconds = draft.activeSeconds + seconds;
          return { drafts: { ...s.drafts, [taskId]: { ...draft, activeSeconds } } };
        }),
      draftSynced: (taskId, serverDraftId, editedAt) =>
        set((s) => {
          const draft = s.drafts[taskId];
          if (!draft) return s;
          const syncedAt = Math.max(draft.syncedAt ?? 0, editedAt);
          return { drafts: { ...s.drafts, [taskId]: { ...draft, serverDraftId, syncedAt } } };
        }),
      serverDraftRestored: (taskId, restored) =>
        set((s) => {
          if (s.drafts[taskId]) return s;
          const editedAt = Date.now();
          const { [taskId]: _viewed, ...viewSeconds } = s.viewSeconds;
          const draft: LocalDraft = { taskId, ...restored, editedAt, syncedAt: editedAt };
          return { drafts: { ...s.drafts, [taskId]: draft }, viewSeconds };
        }),
      draftDiscarded: (taskId, upTo) =>
        set((s) => {
          const draft = s.drafts[taskId];
          if (draft && upTo !== undefined && draft.editedAt > upTo) return s;
          const { [taskId]: _draft, ...drafts } = s.drafts;
          const { [taskId]: _viewed, ...viewSeconds } = s.viewSeconds;
          return { drafts, viewSeconds };
        }),
    }),
    {
      name: 'margin.drafts',
      storage: persisted.storage,
      version: DRAFTS_VERSION,
      partialize: (s): PersistedDrafts => ({ drafts: s.drafts, viewSeconds: s.viewSeconds }),
      migrate: migrateDrafts,
      merge: (stored, current) => mergeHydrated(stored, current),
      onRehydrateStorage: () => () => {
        // Hydration wrote nothing while it ran; store the merged state once now.
        persisted.opened();
        draftStore.setState({ hydrated: true });
        resolveHydrated();
      },
    },
  ),
);

const NO_DRAFT = null;

export const useDraft = (taskId: number | null): LocalDraft | null =>
  draftStore((s) => (taskId === null ? NO_DRAFT : (s.drafts[taskId] ?? NO_DRAFT)));
export const useDraftsHydrated = (): boolean => draftStore((s) => s.hydrated);

/** Resolves once stored drafts are loaded: open a task only after it, or its draft is missed. */
export const draftsHydrated = (): Promise<void> => hydratedPromise;

export function readDraft(taskId: number): LocalDraft | null {
  return draftStore.getState().drafts[taskId] ?? null;
}

/** Active seconds recorded for the task so far, with or without a draft. */
export function readActiveSeconds(taskId: number): number {
  const s = draftStore.getState();
  return s.drafts[taskId]?.activeSeconds ?? s.viewSeconds[taskId] ?? 0;
}

/** Actions for event handlers and effects (no subscription, no re-render). */
export const draftActions: DraftActions = {
  draftEdited: (...a) => draftStore.getState().draftEdited(...a),
  activeTimeAdded: (...a) => draftStore.getState().activeTimeAdded(...a),
  draftSynced: (...a) => draftStore.getState().draftSynced(...a),
  serverDraftRestored: (...a) => draftStore.getState().serverDraftRestored(...a),
  draftDiscarded: (...a) => draftStore.getState().draftDiscarded(...a),
};

/** Subscribe outside React (draft sync). */
export const subscribeDrafts = draftStore.subscribe;
