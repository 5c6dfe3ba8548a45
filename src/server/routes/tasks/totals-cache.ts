import type { ProjectRow } from '../../db/projects';

/**
 * A filtered total is a scan of the project's tasks (hundreds of milliseconds at a million),
 * and the task table asks for the same filter again and again: the first page, a reload,
 * another admin. A count is reused while the project's stored counters stay as they were —
 * every task create or delete, annotation, skip, ground truth and prediction moves them — and
 * for at most TTL_MS, which bounds how long an edit that moves no counter (task data, lead
 * time, comments) can leave a filtered total behind. Rows are always read fresh.
 */
const TTL_MS = 10_000;
const MAX_ENTRIES = 500;

export interface Totals {
  total: number;
  total_annotations: number;
  total_predictions: number;
}

interface Entry {
  fingerprint: string;
  until: number;
  totals: Totals;
}

const entries = new Map<string, Entry>();

function fingerprintOf(p: ProjectRow): string {
  return [
    p.task_number,
    p.finished_task_number,
    p.total_annotations_number,
    p.skipped_annotations_number,
    p.ground_truth_number,
    p.useful_annotation_number,
    p.total_predictions_number,
  ].join(',');
}

/** `key` names the count exactly (its SQL and parameters); `count` runs it on a miss. */
export async function cachedTotals(
  project: ProjectRow,
  key: string,
  count: () => Promise<Totals>,
): Promise<Totals> {
  const id = `${project.id}\u0000${key}`;
  const fingerprint = fingerprintOf(project);
  const now = Date.now();
  const hit = entries.get(id);
  if (hit && hit.fingerprint === fingerprint && hit.until > now) return hit.totals;
  const totals = await count();
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(id, { fingerprint, until: now + TTL_MS, totals });
  return totals;
}
