// What a label or choice press does, shared by the on-screen buttons and the global hotkey
// handler (which calls these two functions with the option's value from assignHotkeys).
import { setRegionLabels } from '../../../../../shared/annotation/edits';
import { isRelation } from '../../../../../shared/annotation/result-item-types';
import { CONTROL_SPECS } from '../../../../../shared/label-config/control-specs';
import type { LabelConfig } from '../../../../../shared/label-config/label-config';
import type { ChoicesNode, LabelNode } from '../../../../../shared/label-config/tag-tree';
import { editorActions, editResult, readEditor } from '../../stores/editor-store';
import {
  findClassification,
  storedValue,
  storesOption,
  targetRegion,
  writeClassification,
} from './classification-access';

const findOption = <T extends { value: string; alias: string | undefined }>(
  options: readonly T[],
  value: string,
): T | undefined =>
  options.find((o) => o.value === value) ?? options.find((o) => o.alias === value);

/** The item of the selected region that this control drew, if any. */
function selectedShapeOf(controlName: string) {
  const { result, selectedRegionId } = readEditor();
  if (selectedRegionId === null) return undefined;
  return result.find(
    (e) => !isRelation(e) && e.id === selectedRegionId && e.from_name === controlName,
  );
}

/**
 * A label press: relabels the selected region when this control drew it (single: replace;
 * multiple: toggle), otherwise arms or disarms the label for the next region.
 */
export function toggleRegionLabel(config: LabelConfig, controlName: string, value: string): void {
  const control = config.controls.get(controlName);
  if (!control || !('labels' in control)) return;
  const label = findOption<LabelNode>(control.labels, value);
  const key = CONTROL_SPECS[control.tag].valueKey;
  if (!label || key === undefined) return;
  const stored = storedValue(label);
  const shape = selectedShapeOf(controlName);
  if (!shape || isRelation(shape)) {
    editorActions.labelToggled(controlName, stored, control.choice);
    return;
  }
  const current = Array.isArray(shape.value[key]) ? (shape.value[key] as string[]) : [];
  const on = storesOption(current, label);
  const others = current.filter((v) => v !== label.value && v !== label.alias);
  const next =
    control.choice === 'single' ? (on ? [] : [stored]) : on ? others : [...others, stored];
  // An empty label list is allowed only when the control says so; Label Studio keeps the last.
  if (next.length === 0 && !control.allowEmpty) return;
  editResult((result) => setRegionLabels(result, shape.id, key, next));
}

/** Choices currently shown as selected: the item's, or the `selected` defaults before any edit. */
export function shownChoices(control: ChoicesNode, stored: readonly unknown[] | undefined) {
  if (stored !== undefined) return control.options.filter((o) => storesOption(stored, o));
  return control.perRegion ? [] : control.options.filter((o) => o.selected);
}

/** A choice press: single modes select it (or clear it when it was the one); multiple toggles. */
export function toggleChoice(config: LabelConfig, controlName: string, value: string): void {
  const control = config.controls.get(controlName);
  if (!control || control.tag !== 'Choices') return;
  const option = findOption(control.options, value);
  if (!option) return;
  const region = targetRegion(control);
  if (region === null) return;
  const item = findClassification(control, readEditor().result, region);
  const raw = item?.value['choices'];
  const current = shownChoices(control, Array.isArray(raw) ? raw : undefined);
  const on = current.includes(option);
  const next =
    control.choice === 'multiple'
      ? on
        ? current.filter((o) => o !== option)
        : control.options.filter((o) => o === option || current.includes(o))
      : on
        ? []
        : [option];
  writeClassification(control, next.length === 0 ? undefined : next.map(storedValue));
}
