// Diff between a saved result and a draft, by identity (region id + control, or the relation's
// endpoints) and structural equality. Output order is deterministic: draft order for added and
// changed, saved order for removed — so the same inputs always give the same diff.
import { jsonEqual } from '../label-config/json-values';
import { isRelation, type ResultEntry } from './result-item-types';

export interface ResultDiff {
  readonly added: readonly ResultEntry[];
  readonly removed: readonly ResultEntry[];
  readonly changed: readonly { readonly before: ResultEntry; readonly after: ResultEntry }[];
  readonly unchanged: number;
}

/** What makes two entries "the same thing" across versions. */
export function entryKey(entry: ResultEntry): string {
  return isRelation(entry)
    ? `relation\u0000${entry.from_id}\u0000${entry.to_id}`
    : `${entry.id}\u0000${entry.from_name}`;
}

export function diffResults(
  before: readonly ResultEntry[],
  after: readonly ResultEntry[],
): ResultDiff {
  const previous = new Map<string, ResultEntry>();
  for (const entry of before)
    if (!previous.has(entryKey(entry))) previous.set(entryKey(entry), entry);
  const seen = new Set<string>();
  const added: ResultEntry[] = [];
  const changed: { before: ResultEntry; after: ResultEntry }[] = [];
  let unchanged = 0;
  for (const entry of after) {
    const key = entryKey(entry);
    const old = previous.get(key);
    if (!old || seen.has(key)) added.push(entry);
    else if (jsonEqual(old, entry)) unchanged += 1;
    else changed.push({ before: old, after: entry });
    seen.add(key);
  }
  const removed = before.filter((e) => !seen.has(entryKey(e)));
  return { added, removed, changed, unchanged };
}

export function isEmptyDiff(diff: ResultDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0;
}

/** Same content, regardless of item order or key order. */
export function sameResult(a: readonly ResultEntry[], b: readonly ResultEntry[]): boolean {
  return a.length === b.length && isEmptyDiff(diffResults(a, b));
}
