// Validation issues are keyed by result path (`result[3].value.end`); the region list shows
// them on the region that item belongs to (a relation's issues go to its source region).
import { isRelation, type ResultEntry } from '../../../../../shared/annotation/result-item-types';

const INDEX = /^result\[(\d+)\]/;

export function issuesByRegion(
  issues: Readonly<Record<string, readonly string[]>>,
  result: readonly ResultEntry[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [path, messages] of Object.entries(issues)) {
    const match = INDEX.exec(path);
    const entry = match ? result[Number(match[1])] : undefined;
    if (!entry) continue;
    const id = isRelation(entry) ? entry.from_id : entry.id;
    const field = path.slice(match?.[0].length ?? 0).replace(/^\./, '');
    const list = out.get(id) ?? [];
    for (const message of messages) list.push(field ? `${field}: ${message}` : message);
    out.set(id, list);
  }
  return out;
}
