// Required controls on submit (label-config.md §4 rule 9). Hidden controls do not require;
// perRegion required controls need a value on every (matching) region of their object.
import { CONTROL_SPECS } from './control-specs';
import { regionMatches, selectedValues, submitVisibility } from './result-visibility';
import type { ControlNode } from './tag-tree';
import type { Region } from './validate-regions';
import type { CheckedItem, ResultContext } from './validation-context';

function hasValue(item: CheckedItem): boolean {
  if (item.shape) return true;
  const key = CONTROL_SPECS[item.control.tag].valueKey;
  const value = key === undefined ? undefined : item.value[key];
  if (Array.isArray(value)) {
    return item.control.tag === 'TextArea'
      ? value.some((v) => typeof v === 'string' && v.trim() !== '')
      : value.length > 0;
  }
  if (typeof value === 'string') return value !== '';
  return typeof value === 'number';
}

const requiredMessage = (control: ControlNode) =>
  control.requiredMessage ?? `"${control.name}" is required`;

export function validateRequired(
  result: ResultContext,
  items: readonly CheckedItem[],
  regions: ReadonlyMap<string, Region>,
): void {
  const selected = selectedValues(items);
  for (const control of result.config.controls.values()) {
    if (!control.required) continue;
    const { visible, regionConditions } = submitVisibility(result.config, control, selected);
    if (!visible) continue;
    if (!control.perRegion) {
      if (!items.some((i) => i.control === control && hasValue(i)))
        result.issues.add('result', requiredMessage(control));
      continue;
    }
    for (const region of regions.values()) {
      if (!control.toName.includes(region.anchor.object.name)) continue;
      if (!regionConditions.every((c) => regionMatches(region.items, c))) continue;
      if (!region.items.some((i) => i.control === control && hasValue(i))) {
        result.issues.add(region.anchor.path, `region "${region.id}": ${requiredMessage(control)}`);
      }
    }
  }
}
