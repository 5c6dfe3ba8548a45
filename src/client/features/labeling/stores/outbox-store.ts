// Writes on their way to the server: submits, skips and updates, persisted so that a closed
// tab or a dead network never loses one. Each create carries a `unique_id` chosen once, so a
// retry of a write that did land returns the stored annotation instead of a duplicate
// (api-contract.md §9, idempotent create). The processor (outbox-processor.ts) sends them.
import { useMemo } from 'react';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import { toWireResult } from '../api/annotation-api';
import { draftActions, readDraft } from './draft-store';
import { hydrationSafeStorage } from './idb-storage';
import {
  OUTBOX_VERSION,
  migrateOutbox,
  sanitizeOutbox,
  type OutboxEntry,
  type PersistedOutbox,
} from './outbox-persistence';

export type { OutboxEntry } from './outbox-persistence';

export interface CreateRequest {
  taskId: number;
  projectId: number;
  result: readonly ResultEntry[];
  /** Seconds: see readLeadTime. */
  leadTime: number;
}

export interface UpdateRequest extends CreateRequest {
  annotationId: number;
  /** `updated_at` the edit started from (If-Match); null writes unconditionally. */
  ifMatch: string | null;
  /** Total seconds: see updatedLeadTime. */
  leadTime: number;
  /** Set to turn a skip into a submission (or back). */
  wasCancelled?: boolean;
}

type Patch = Partial<Omit<OutboxEntry, 'key'>>;

interface OutboxActions {
  enqueueSubmit(request: CreateRequest): string;
  enqueueSkip(request: CreateRequest): string;
  enqueueUpdate(request: UpdateRequest): string;
  /** The processor's bookkeeping: change one entry, or remove it. */
  entryChanged(key: string, patch: Patch): void;
  entryRemoved(key: string): void;
  /** `mine`: send again over the current version; `theirs`: keep the server's, drop mine. */
  conflictResolved(key: string, choice: 'mine' | 'theirs'): void;
  /** Give up on a failed entry; the work stays in the draft. */
  entryDismissed(key: string): void;
  /** Back online: every waiting entry is due now. */
  retriesDue(now: number): void;
}

const persisted = hydrationSafeStorage<PersistedOutbox>();

function fresh(kind: OutboxEntry['kind'], request: CreateRequest): OutboxEntry {
  const key = crypto.randomUUID();
  const draft = readDraft(request.taskId);
  return {
    key,
    kind,
    taskId: request.taskId,
    projectId: request.projectId,
    body: { result: toWireResult(request.result), lead_time: request.leadTime },
    attempts: 0,
    nextAttemptAt: Date.now(),
    state: 'pending',
    ...(draft ? { draftEditedAt: draft.editedAt } : {}),
  };
}

const outboxStore = create<PersistedOutbox & { hydrated: boolean } & OutboxActions>()(
  persist(
    (set, get) => {
      /** One create per task: a double click or a resubmit after a 400 reuses the entry. */
      const enqueueCreate = (kind: 'submit' | 'skip', request: CreateRequest): string => {
        const entry = fresh(kind, request);
        const existing = get().entries.find((e) => e.taskId === request.taskId && !e.annotationId);
        if (existing?.state === 'pending') return existing.key;
        const key = existing?.key ?? entry.key;
        const body = { unique_id: key, ...entry.body, was_cancelled: kind === 'skip' };
        const next: OutboxEntry = { ...entry, key, body };
        set((s) => ({ entries: [...s.entries.filter((e) => e.key !== key), next] }));
        return key;
      };
      const update = (key: string, change: (entry: OutboxEntry) => OutboxEntry | null) =>
        set((s) => ({
          entries: s.entries.flatMap((e) => (e.key === key ? (change(e) ?? []) : [e])),
        }));

      return {
        entries: [],
        hydrated: false,
        enqueueSubmit: (request) => enqueueCreate('submit', request),
        enqueueSkip: (request) => enqueueCreate('skip', request),
        enqueueUpdate: (request) => {
          const { annotationId, ifMatch, wasCancelled } = request;
          const base = fresh('update', request);
          const body =
            wasCancelled === undefined ? base.body : { ...base.body, was_cancelled: wasCancelled };
          const previous = get().entries.find((e) => e.annotationId === annotationId);
          // A newer edit of the same annotation replaces the one still waiting.
          const key = previous?.key ?? base.key;
          const entry: OutboxEntry = {
            ...base,
            key,
            annotationId,
            body,
            ...(ifMatch === null ? {} : { ifMatch }),
          };
          set((s) => ({ entries: [...s.entries.filter((e) => e.key !== key), entry] }));
          return key;
        },
        entryChanged: (key, patch) => update(key, (e) => ({ ...e, ...patch })),
        entryRemoved: (key) => update(key, () => null),
        conflictResolved: (key, choice) => {
          const entry = get().entries.find((e) => e.key === key);
          if (!entry || entry.state !== 'conflict') return;
          if (choice === 'theirs') {
            update(key, () => null);
            draftActions.draftDiscarded(entry.taskId);
            return;
          }
          update(key, ({ current, error: _error, ...rest }) => ({
            ...rest,
            ...(current ? { ifMatch: current.updated_at } : {}),
            state: 'pending',
            attempts: 0,
            nextAttemptAt: Date.now(),
          }));
        },
        entryDismissed: (key) => update(key, (e) => (e.state === 'pending' ? e : null)),
        retriesDue: (now) =>
          set((s) => ({
            entries: s.entries.map((e) =>
              e.state === 'pending' && e.nextAttemptAt > now ? { ...e, nextAttemptAt: now } : e,
            ),
          })),
      };
    },
    {
      name: 'margin.outbox',
      storage: persisted.storage,
      version: OUTBOX_VERSION,
      partialize: (s): PersistedOutbox => ({ entries: s.entries }),
      migrate: migrateOutbox,
      merge: (stored, current) => {
        const keys = new Set(current.entries.map((e) => e.key));
        const older = sanitizeOutbox(stored).entries.filter((e) => !keys.has(e.key));
        return { ...current, entries: [...older, ...current.entries] };
      },
      onRehydrateStorage: () => () => {
        persisted.opened();
        outboxStore.setState({ hydrated: true });
      },
    },
  ),
);

export interface OutboxSummary {
  /** Pending entries (sending or waiting for a retry). */
  waiting: readonly OutboxEntry[];
  failed: readonly OutboxEntry[];
  conflicts: readonly OutboxEntry[];
}

export function summarize(entries: readonly OutboxEntry[]): OutboxSummary {
  return {
    waiting: entries.filter((e) => e.state === 'pending'),
    failed: entries.filter((e) => e.state === 'failed'),
    conflicts: entries.filter((e) => e.state === 'conflict'),
  };
}

export function useOutboxSummary(): OutboxSummary {
  const entries = outboxStore((s) => s.entries);
  return useMemo(() => summarize(entries), [entries]);
}

export function useTaskOutbox(taskId: number | null): readonly OutboxEntry[] {
  const entries = outboxStore((s) => s.entries);
  return useMemo(() => entries.filter((e) => e.taskId === taskId), [entries, taskId]);
}

export const readOutbox = (): readonly OutboxEntry[] => outboxStore.getState().entries;
export const hasOutboxEntry = (taskId: number): boolean =>
  outboxStore.getState().entries.some((e) => e.taskId === taskId);
export const isOutboxHydrated = (): boolean => outboxStore.getState().hydrated;
export const useOutboxHydrated = (): boolean => outboxStore((s) => s.hydrated);

export const outboxActions: OutboxActions = {
  enqueueSubmit: (request) => outboxStore.getState().enqueueSubmit(request),
  enqueueSkip: (request) => outboxStore.getState().enqueueSkip(request),
  enqueueUpdate: (request) => outboxStore.getState().enqueueUpdate(request),
  entryChanged: (...a) => outboxStore.getState().entryChanged(...a),
  entryRemoved: (key) => outboxStore.getState().entryRemoved(key),
  conflictResolved: (...a) => outboxStore.getState().conflictResolved(...a),
  entryDismissed: (key) => outboxStore.getState().entryDismissed(key),
  retriesDue: (now) => outboxStore.getState().retriesDue(now),
};

/** The processor wakes on every change (a new entry, a resolved conflict, hydration). */
export const subscribeOutbox = outboxStore.subscribe;
