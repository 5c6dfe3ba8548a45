// Reading and writing one classification control's item in the editor result. Whole-object
// items are found by from_name; perRegion items by from_name plus the selected region's id
// (label-config.md §3). Plain functions, so hotkey actions and components share them.
import { setClassification } from '../../../../../shared/annotation/edits';
import {
  classificationItem,
  type ClassificationInput,
} from '../../../../../shared/annotation/result-items';
import {
  isRelation,
  type ResultEntry,
  type ResultItem,
} from '../../../../../shared/annotation/result-item-types';
import { drawsRegion } from '../../../../../shared/annotation/regions';
import type { ClassificationTag } from '../../../../../shared/label-config/tag-names';
import type {
  ChoiceNode,
  ClassificationNodeOf,
  ControlNode,
  LabelNode,
} from '../../../../../shared/label-config/tag-tree';
import { editResult, readEditor } from '../../stores/editor-store';

type Result = readonly ResultEntry[];

/** What a result stores for an option: its alias when set (label-config.md §2). */
export const storedValue = (option: ChoiceNode | LabelNode): string => option.alias ?? option.value;

/** Whether a stored string means this option (results may hold the value or the alias). */
export const storesOption = (stored: readonly unknown[], option: ChoiceNode | LabelNode) =>
  stored.includes(option.value) || (option.alias !== undefined && stored.includes(option.alias));

/** The item that draws the selected region, if it lies on one of `control`'s objects. */
export function selectedRegionFor(
  control: ControlNode,
  result: Result,
  selectedId: string | null,
): ResultItem | undefined {
  if (selectedId === null) return undefined;
  let fallback: ResultItem | undefined;
  for (const entry of result) {
    if (isRelation(entry) || entry.id !== selectedId) continue;
    if (!control.toName.includes(entry.to_name)) return undefined;
    if (drawsRegion(entry)) return entry;
    fallback ??= entry;
  }
  // A region may survive with only perRegion items; their geometry is the region's.
  return fallback;
}

/** The control's current item: for perRegion controls, the one on `region`. */
export function findClassification(
  control: ControlNode,
  result: Result,
  region: ResultItem | undefined,
): ResultItem | undefined {
  for (const entry of result) {
    if (isRelation(entry) || entry.from_name !== control.name) continue;
    if (control.perRegion ? entry.id === region?.id : true) return entry;
  }
  return undefined;
}

/** Where a control writes: the region it is attached to, or undefined for the whole object. */
export function targetRegion(control: ControlNode): ResultItem | undefined | null {
  if (!control.perRegion) return undefined;
  const { result, selectedRegionId } = readEditor();
  // null: a perRegion control with no region to attach to cannot write.
  return selectedRegionFor(control, result, selectedRegionId) ?? null;
}

/**
 * Sets (or, with `input` undefined, clears) the control's item as one undo step. Keeps the
 * item's id and marks edited predictions, as Label Studio does.
 */
export function writeClassification<K extends ClassificationTag>(
  control: ClassificationNodeOf<K>,
  input: ClassificationInput[K] | undefined,
): void {
  const region = targetRegion(control);
  if (region === null) return;
  editResult((result) => {
    const existing = findClassification(control, result, region);
    if (input === undefined)
      return existing ? setClassification(result, control.name, undefined, region?.id) : result;
    const origin = existing?.origin === 'prediction' ? 'prediction-changed' : existing?.origin;
    const item = classificationItem(control, input, {
      ...(region ? { region } : {}),
      ...(existing && !region ? { id: existing.id, toName: existing.to_name } : {}),
      ...(origin ? { origin } : {}),
    });
    return setClassification(result, control.name, item, region?.id);
  });
}
