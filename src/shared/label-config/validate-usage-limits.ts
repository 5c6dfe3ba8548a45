// maxUsages (label-config.md §4 rule 4): per region control (regions it labels) and per Label
// (regions carrying that label). Taxonomy's per-item limit lives in value-taxonomy.ts.
import { CONTROL_SPECS } from './control-specs';
import type { CheckedItem, ResultContext } from './validation-context';

export function validateUsageLimits(result: ResultContext, items: readonly CheckedItem[]): void {
  const perControl = new Map<string, number>();
  const perLabel = new Map<string, number>();
  for (const item of items) {
    const control = item.control;
    if (!item.shape || !('labels' in control)) continue;
    const used = (perControl.get(control.name) ?? 0) + 1;
    perControl.set(control.name, used);
    if (control.maxUsages !== undefined && used === control.maxUsages + 1) {
      result.issues.add(
        `${item.path}.from_name`,
        `"${control.name}" allows at most ${control.maxUsages} regions (maxUsages)`,
      );
    }
    const key = CONTROL_SPECS[control.tag].valueKey;
    const labels = key === undefined ? undefined : item.value[key];
    if (!Array.isArray(labels)) continue;
    for (const label of labels) {
      const option = control.labels.find((l) => l.value === label || l.alias === label);
      if (option?.maxUsages === undefined) continue;
      const counter = `${control.name}\u0000${option.value}`;
      const count = (perLabel.get(counter) ?? 0) + 1;
      perLabel.set(counter, count);
      if (count === option.maxUsages + 1) {
        result.issues.add(
          `${item.path}.value.${key ?? 'labels'}`,
          `label "${option.value}" may be used at most ${option.maxUsages} times (maxUsages)`,
        );
      }
    }
  }
}
