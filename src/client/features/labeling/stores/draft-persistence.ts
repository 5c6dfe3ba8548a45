// The stored shape of drafts, its versions, and how untrusted stored data is read back. What
// comes out of IndexedDB may be from an older build, another tab, or simply corrupt: each
// draft is checked on its own so one bad entry never costs the others.
import { z } from 'zod';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';

export interface LocalDraft {
  taskId: number;
  projectId: number;
  /** Set when the draft edits a submitted annotation. */
  annotationId: number | null;
  result: readonly ResultEntry[];
  /** Active seconds spent on this task in this editing round (not counting earlier rounds). */
  activeSeconds: number;
  /** `updated_at` of the annotation the edit started from: the update's If-Match. */
  baseUpdatedAt: string | null;
  /** Local edit clock (ms); strictly increasing per draft. */
  editedAt: number;
  /** `editedAt` of the version the server last confirmed, or null if it never did. */
  syncedAt: number | null;
  serverDraftId: number | null;
}

export interface PersistedDrafts {
  drafts: Record<string, LocalDraft>;
  /** Active seconds on tasks without a draft yet (looked at, not edited). */
  viewSeconds: Record<string, number>;
}

export const DRAFTS_VERSION = 1;

const Seconds = z.number().min(0).finite();
const StoredDraft = z.object({
  taskId: z.int().positive(),
  projectId: z.int().positive(),
  annotationId: z.int().positive().nullable(),
  result: z.array(z.looseObject({})),
  activeSeconds: Seconds,
  baseUpdatedAt: z.string().nullable(),
  editedAt: z.number(),
  syncedAt: z.number().nullable(),
  serverDraftId: z.int().positive().nullable(),
});

/** Version 0 kept the result and a lead time per task, with no server sync. */
const DraftV0 = z.object({
  taskId: z.int().positive(),
  projectId: z.int().positive(),
  result: z.array(z.looseObject({})),
  leadTime: Seconds.default(0),
  updatedAt: z.number(),
});

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function readDraft(value: unknown): LocalDraft | null {
  const parsed = StoredDraft.safeParse(value);
  if (!parsed.success) return null;
  // The result was built by the editor's own builders before it was stored.
  return { ...parsed.data, result: parsed.data.result as unknown as readonly ResultEntry[] };
}

/** Anything read from storage → drafts keyed by task id; invalid entries are dropped. */
export function sanitizeDrafts(stored: unknown): PersistedDrafts {
  const drafts: Record<string, LocalDraft> = {};
  for (const value of Object.values(record(record(stored).drafts))) {
    const draft = readDraft(value);
    if (draft) drafts[draft.taskId] = draft;
  }
  const viewSeconds: Record<string, number> = {};
  for (const [taskId, seconds] of Object.entries(record(record(stored).viewSeconds))) {
    if (Seconds.safeParse(seconds).success) viewSeconds[taskId] = seconds as number;
  }
  return { drafts, viewSeconds };
}

export function migrateDrafts(stored: unknown, version: number): PersistedDrafts {
  if (version !== 0) return sanitizeDrafts(stored);
  const drafts: Record<string, LocalDraft> = {};
  for (const value of Object.values(record(record(stored).drafts))) {
    const parsed = DraftV0.safeParse(value);
    if (!parsed.success) continue;
    const { taskId, projectId, result, leadTime, updatedAt } = parsed.data;
    drafts[taskId] = {
      taskId,
      projectId,
      annotationId: null,
      result: result as unknown as readonly ResultEntry[],
      activeSeconds: leadTime,
      baseUpdatedAt: null,
      editedAt: updatedAt,
      syncedAt: null,
      serverDraftId: null,
    };
  }
  return { drafts, viewSeconds: {} };
}
