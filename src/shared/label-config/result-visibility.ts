// Which controls a submitted result shows (label-config.md §3 "Conditional controls"), judged
// from the result itself: choice conditions read the selected choices; at submit no region is
// selected, so region-selected controls only apply per region (perRegion).
import { CONTROL_SPECS } from './control-specs';
import type { LabelConfig } from './label-config';
import type { ControlNode, VisibilityCondition } from './tag-tree';
import type { CheckedItem } from './validation-context';

/** Control name → values selected in whole-object Choices/Taxonomy results. */
export function selectedValues(items: readonly CheckedItem[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const item of items) {
    if (item.control.perRegion || item.shape) continue;
    const raw =
      item.control.tag === 'Choices'
        ? item.value['choices']
        : item.control.tag === 'Taxonomy'
          ? item.value['taxonomy']
          : undefined;
    if (!Array.isArray(raw)) continue;
    const set = out.get(item.control.name) ?? new Set<string>();
    for (const v of raw.flat()) if (typeof v === 'string') set.add(v);
    out.set(item.control.name, set);
  }
  return out;
}

/** A choice condition against the values chosen per control (whenTagName, whenChoiceValue). */
export function choiceSelected(
  condition: VisibilityCondition,
  selected: ReadonlyMap<string, Set<string>>,
): boolean {
  const pools = condition.tagName ? [selected.get(condition.tagName)] : [...selected.values()];
  return pools.some(
    (pool) =>
      pool !== undefined &&
      (condition.values.length === 0 ? pool.size > 0 : condition.values.some((v) => pool.has(v))),
  );
}

export interface SubmitVisibility {
  readonly visible: boolean;
  /** region-selected conditions: the control applies to regions that match all of them. */
  readonly regionConditions: readonly VisibilityCondition[];
}

export function submitVisibility(
  config: LabelConfig,
  control: ControlNode,
  selected: ReadonlyMap<string, Set<string>>,
): SubmitVisibility {
  const regionConditions: VisibilityCondition[] = [];
  let visible = true;
  for (const condition of config.conditions.get(control.name) ?? []) {
    if (condition.when === 'choice-selected') visible &&= choiceSelected(condition, selected);
    else if (condition.when === 'choice-unselected')
      visible &&= !choiceSelected(condition, selected);
    else if (condition.when === 'region-selected') {
      if (control.perRegion) regionConditions.push(condition);
      else visible = false;
    }
  }
  return { visible, regionConditions };
}

/** Whether a region matches a region-selected condition (whenTagName / whenLabelValue). */
export function regionMatches(
  items: readonly CheckedItem[],
  condition: VisibilityCondition,
): boolean {
  const drawn = items.filter((i) => i.shape !== undefined);
  const relevant = condition.tagName
    ? drawn.filter((i) => i.control.name === condition.tagName)
    : drawn;
  if (relevant.length === 0) return false;
  if (condition.values.length === 0) return true;
  return relevant.some((item) => {
    const key = CONTROL_SPECS[item.control.tag].valueKey;
    const labels = key === undefined ? undefined : item.value[key];
    return (
      Array.isArray(labels) &&
      labels.some((l) => typeof l === 'string' && condition.values.includes(l))
    );
  });
}
