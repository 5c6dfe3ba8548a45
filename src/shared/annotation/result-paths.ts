// Validation errors are keyed by result path (`result[3].value.end`, label-config.md §4). The
// editor maps them back to the entries and regions they name, to mark and select them.
import { isRelation, type ResultEntry } from './result-item-types';

const ITEM_PATH = /^result\[(\d+)\]/;

export interface PathTarget {
  readonly index: number;
  readonly entry: ResultEntry;
  /** The rest of the path inside the item: `value.end`, or '' for the item itself. */
  readonly field: string;
}

export function targetOfPath(result: readonly ResultEntry[], path: string): PathTarget | undefined {
  const m = ITEM_PATH.exec(path);
  if (!m) return undefined;
  const index = Number(m[1]);
  const entry = result[index];
  if (!entry) return undefined;
  return { index, entry, field: path.slice(m[0].length).replace(/^\./, '') };
}

/** The region a path belongs to; a relation's path belongs to its source region. */
export const regionIdOf = (entry: ResultEntry): string =>
  isRelation(entry) ? entry.from_id : entry.id;

/** Ids of the (non-relation) items that paths in `issues` point at. */
export function idsWithIssues(
  result: readonly ResultEntry[],
  issues: Readonly<Record<string, readonly string[]>>,
): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const key of Object.keys(issues)) {
    const entry = targetOfPath(result, key)?.entry;
    if (entry && !isRelation(entry)) ids.add(entry.id);
  }
  return ids;
}

/** `path` with its item index moved from `from` to the same entry's index in `to`. */
export function reindexPath(
  path: string,
  from: readonly ResultEntry[],
  to: readonly ResultEntry[],
): string {
  const target = targetOfPath(from, path);
  return target ? path.replace(ITEM_PATH, `result[${to.indexOf(target.entry)}]`) : path;
}
