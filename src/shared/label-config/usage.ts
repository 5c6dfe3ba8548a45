// What results use, and what a config change would take away (api-contract.md §5: a change
// that orphans annotations is refused). Objects count too: renaming one orphans its results.
import { CONTROL_SPECS } from './control-specs';
import { declaredValues } from './control-options';
import { isPlainObject } from './json-values';
import type { LabelConfig } from './label-config';

/** A label/choice value (or a whole control or object, value null) used by a result. */
export interface UsedValue {
  /** Control or object name; RELATIONS_USAGE for relation labels. */
  control: string;
  value: string | null;
}

/** Stands for the config's `<Relations>` (it has no name); not a valid XML attribute value. */
export const RELATIONS_USAGE = '<Relations>';

const VALUE_KEYS = new Set<string>([
  'choices',
  'labels',
  ...Object.values(CONTROL_SPECS).flatMap((s) =>
    s.valueKey && s.valueKey !== 'text' ? [s.valueKey] : [],
  ),
]);

function keyOf(u: UsedValue): string {
  return `${u.control}\u0000${u.value ?? ''}\u0000${u.value === null ? 0 : 1}`;
}

/** Every control/object and every label/choice/taxonomy leaf value a result uses. */
export function usedValues(result: unknown): UsedValue[] {
  const out = new Map<string, UsedValue>();
  const add = (control: string, value: string | null) => {
    const used = { control, value };
    out.set(keyOf(used), used);
  };
  if (!Array.isArray(result)) return [];
  for (const item of result) {
    if (!isPlainObject(item)) continue;
    if (item['type'] === 'relation') {
      if (Array.isArray(item['labels']))
        for (const l of item['labels']) if (typeof l === 'string') add(RELATIONS_USAGE, l);
      continue;
    }
    const from = item['from_name'];
    if (typeof from !== 'string') continue;
    add(from, null);
    if (typeof item['to_name'] === 'string') add(item['to_name'], null);
    const value = item['value'];
    if (!isPlainObject(value)) continue;
    for (const [key, list] of Object.entries(value)) {
      if (!VALUE_KEYS.has(key) || !Array.isArray(list)) continue;
      for (const entry of list) {
        // Taxonomy selections are paths; the leaf names the choice.
        const leaf: unknown = Array.isArray(entry) ? entry[entry.length - 1] : entry;
        if (typeof leaf === 'string') add(from, leaf);
      }
    }
  }
  return [...out.values()];
}

/** Controls, objects and values declared in `before` that `after` no longer declares. */
export function removedValues(before: LabelConfig, after: LabelConfig): UsedValue[] {
  const out: UsedValue[] = [];
  for (const [name, object] of before.objects) {
    if (after.objects.get(name)?.tag !== object.tag) out.push({ control: name, value: null });
  }
  for (const [name, control] of before.controls) {
    const next = after.controls.get(name);
    // A control whose tag changes writes different results: its old ones are orphaned.
    if (!next || next.tag !== control.tag) {
      out.push({ control: name, value: null });
      for (const value of declaredValues(control)) out.push({ control: name, value });
      continue;
    }
    const kept = declaredValues(next);
    for (const value of declaredValues(control))
      if (!kept.has(value)) out.push({ control: name, value });
  }
  const relationValues = (c: LabelConfig) =>
    new Set(c.relations.flatMap((r) => r.relations.map((x) => x.value)));
  const keptRelations = relationValues(after);
  for (const value of relationValues(before)) {
    if (!keptRelations.has(value)) out.push({ control: RELATIONS_USAGE, value });
  }
  return out;
}

/** The used values a config change would orphan: `usedValues(...)` ∩ `removedValues(...)`. */
export function orphanedValues(
  used: readonly UsedValue[],
  removed: readonly UsedValue[],
): UsedValue[] {
  const removedKeys = new Set(removed.map(keyOf));
  return used.filter((u) => removedKeys.has(keyOf(u)));
}
