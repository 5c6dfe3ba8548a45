// The stored outbox: entries are re-checked one by one on load, so a corrupt or outdated entry
// is dropped alone. An entry that cannot be read back could not be sent anyway; its work is
// still in the draft store.
import { z } from 'zod';
import { Annotation } from '../../../../shared/api/annotations';
import { Result } from '../../../../shared/api/common';

export type OutboxKind = 'submit' | 'skip' | 'update';
export type OutboxState = 'pending' | 'failed' | 'conflict';

export const OUTBOX_VERSION = 1;

const Body = z.object({
  unique_id: z.string().optional(),
  result: Result,
  lead_time: z.number(),
  was_cancelled: z.boolean().optional(),
});

const StoredEntry = z.object({
  key: z.string().min(1),
  kind: z.enum(['submit', 'skip', 'update']),
  taskId: z.int().positive(),
  projectId: z.int().positive(),
  annotationId: z.int().positive().optional(),
  body: Body,
  ifMatch: z.string().optional(),
  attempts: z.int().min(0),
  nextAttemptAt: z.number(),
  state: z.enum(['pending', 'failed', 'conflict']),
  error: z.string().optional(),
  current: Annotation.optional(),
  /** The draft's `editedAt` when the entry was made: a later edit keeps the draft. */
  draftEditedAt: z.number().optional(),
});
export type OutboxEntry = z.infer<typeof StoredEntry>;

export interface PersistedOutbox {
  entries: OutboxEntry[];
}

export function sanitizeOutbox(stored: unknown): PersistedOutbox {
  const raw =
    typeof stored === 'object' && stored !== null
      ? (stored as { entries?: unknown }).entries
      : undefined;
  const entries: OutboxEntry[] = [];
  for (const value of Array.isArray(raw) ? raw : []) {
    const parsed = StoredEntry.safeParse(value);
    if (parsed.success) entries.push(parsed.data);
  }
  return { entries };
}

/** There is no older stored shape yet; reading an unknown version keeps whatever still parses. */
export function migrateOutbox(stored: unknown): PersistedOutbox {
  return sanitizeOutbox(stored);
}
