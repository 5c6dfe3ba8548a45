// The region list shows each validation issue on the region its item belongs to (a relation's
// issues go to its source region).
import { regionIdOf, targetOfPath } from '../../../../../shared/annotation/result-paths';
import type { ResultEntry } from '../../../../../shared/annotation/result-item-types';

export function issuesByRegion(
  issues: Readonly<Record<string, readonly string[]>>,
  result: readonly ResultEntry[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [path, messages] of Object.entries(issues)) {
    const target = targetOfPath(result, path);
    if (!target) continue;
    const id = regionIdOf(target.entry);
    const list = out.get(id) ?? [];
    for (const m of messages) list.push(target.field ? `${target.field}: ${m}` : m);
    out.set(id, list);
  }
  return out;
}
