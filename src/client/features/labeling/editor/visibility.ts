// visibleWhen (label-config.md §3): whether a View or control shows, given the current result
// and selection. The live counterpart of src/shared/label-config/result-visibility.ts (which
// judges a submitted result, and whose choice rule it shares), where a region can be
// selected. perRegion controls also show only while a region of their object is selected.
import { isRelation, type ResultEntry } from '../../../../shared/annotation/result-item-types';
import { drawsRegion } from '../../../../shared/annotation/regions';
import { CONTROL_SPECS } from '../../../../shared/label-config/control-specs';
import { choiceSelected as choiceSelectedIn } from '../../../../shared/label-config/result-visibility';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import type {
  ControlNode,
  LayoutChild,
  VisibilityCondition,
} from '../../../../shared/label-config/tag-tree';
import { isControlNode } from '../../../../shared/label-config/walk-tree';
import { useEditorSelector } from '../stores/editor-store';
import { useRenderContext } from './render-context';

type Result = readonly ResultEntry[];

interface Facts {
  readonly config: LabelConfig;
  readonly result: Result;
  readonly selectedRegionId: string | null;
}

/** Values chosen in a Choices/Taxonomy control: its item, or its `selected` defaults. */
function chosenValues(facts: Facts, control: ControlNode): readonly string[] {
  if (control.tag !== 'Choices' && control.tag !== 'Taxonomy') return [];
  const item = facts.result.find(
    (e) =>
      !isRelation(e) &&
      e.from_name === control.name &&
      (!control.perRegion || e.id === facts.selectedRegionId),
  );
  if (!item || isRelation(item)) {
    // Defaults show as chosen before the first edit (see choices-control.tsx), so they count.
    return control.tag === 'Choices' && !control.perRegion
      ? control.options.filter((o) => o.selected).map((o) => o.alias ?? o.value)
      : [];
  }
  const raw = item.value[control.tag === 'Choices' ? 'choices' : 'taxonomy'];
  return Array.isArray(raw) ? raw.flat().filter((v): v is string => typeof v === 'string') : [];
}

/** The submit-time rule, fed with what the editor shows as chosen right now. */
function choiceSelected(facts: Facts, condition: VisibilityCondition): boolean {
  const named = condition.tagName ? facts.config.controls.get(condition.tagName) : undefined;
  const controls = condition.tagName ? (named ? [named] : []) : [...facts.config.controls.values()];
  const chosen = new Map(controls.map((c) => [c.name, new Set(chosenValues(facts, c))]));
  return choiceSelectedIn(condition, chosen);
}

function regionSelected(facts: Facts, condition: VisibilityCondition): boolean {
  if (facts.selectedRegionId === null) return false;
  const drawn = facts.result.filter(
    (e) => !isRelation(e) && e.id === facts.selectedRegionId && drawsRegion(e),
  );
  const relevant = condition.tagName
    ? drawn.filter((e) => !isRelation(e) && e.from_name === condition.tagName)
    : drawn;
  if (relevant.length === 0) return false;
  if (condition.values.length === 0) return true;
  return relevant.some((e) => {
    if (isRelation(e)) return false;
    const labels = e.value[e.type];
    return Array.isArray(labels) && labels.some((l) => condition.values.includes(l as string));
  });
}

function holds(facts: Facts, condition: VisibilityCondition): boolean {
  switch (condition.when) {
    case 'region-selected':
      return regionSelected(facts, condition);
    case 'no-region-selected':
      return facts.selectedRegionId === null;
    case 'choice-selected':
      return choiceSelected(facts, condition);
    case 'choice-unselected':
      return !choiceSelected(facts, condition);
  }
}

/** A perRegion control needs a selected region on one of its objects. */
function regionAvailable(facts: Facts, control: ControlNode): boolean {
  if (!control.perRegion || CONTROL_SPECS[control.tag].region !== undefined) return true;
  const id = facts.selectedRegionId;
  if (id === null) return false;
  return facts.result.some(
    (e) => !isRelation(e) && e.id === id && control.toName.includes(e.to_name),
  );
}

function nodeVisible(facts: Facts, node: LayoutChild): boolean {
  if (node.tag === 'View') return !node.visibility || holds(facts, node.visibility);
  if (!isControlNode(node)) return true;
  return (!node.visibility || holds(facts, node.visibility)) && regionAvailable(facts, node);
}

/** Controls on screen now (enclosing Views' conditions included): drives hotkey assignment. */
export function visibleControlNames(
  config: LabelConfig,
  result: Result,
  selectedRegionId: string | null,
): Set<string> {
  const facts: Facts = { config, result, selectedRegionId };
  const out = new Set<string>();
  for (const control of config.controls.values()) {
    const conditions = config.conditions.get(control.name) ?? [];
    if (conditions.every((c) => holds(facts, c)) && regionAvailable(facts, control))
      out.add(control.name);
  }
  return out;
}

/** Whether `node` itself shows; its enclosing Views decide for themselves as they render. */
export function useIsVisible(node: LayoutChild): boolean {
  const { config } = useRenderContext();
  return useEditorSelector((s) =>
    nodeVisible({ config, result: s.result, selectedRegionId: s.selectedRegionId }, node),
  );
}
