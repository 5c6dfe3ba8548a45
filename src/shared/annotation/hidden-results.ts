// "A hidden control's results are not submitted" (label-config.md §3): before a submit the
// editor drops the items of controls whose choice conditions no longer hold — e.g. a reason
// typed while "Return" was chosen, after "Return" was unchosen. Region conditions are left to
// the server's checks: at submit time no region is selected, so they cannot hide anything.
import type { LabelConfig } from '../label-config/label-config';
import { choiceSelected } from '../label-config/result-visibility';
import type { VisibilityCondition } from '../label-config/tag-tree';
import { groupRegions } from './regions';
import { isRelation, type ResultEntry } from './result-item-types';

function selectedByControl(result: readonly ResultEntry[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const item of groupRegions(result).classifications) {
    const raw = item.value['choices'] ?? item.value['taxonomy'];
    if (!Array.isArray(raw)) continue;
    const set = out.get(item.from_name) ?? new Set<string>();
    for (const v of raw.flat()) if (typeof v === 'string') set.add(v);
    out.set(item.from_name, set);
  }
  return out;
}

function holds(condition: VisibilityCondition, selected: Map<string, Set<string>>): boolean {
  if (condition.when === 'choice-selected') return choiceSelected(condition, selected);
  if (condition.when === 'choice-unselected') return !choiceSelected(condition, selected);
  return true;
}

export function withoutHiddenResults(
  config: LabelConfig,
  result: readonly ResultEntry[],
): ResultEntry[] {
  const selected = selectedByControl(result);
  const hidden = new Set<string>();
  for (const [name, conditions] of config.conditions)
    if (!conditions.every((c) => holds(c, selected))) hidden.add(name);
  if (hidden.size === 0) return [...result];
  return result.filter((e) => isRelation(e) || !hidden.has(e.from_name));
}
