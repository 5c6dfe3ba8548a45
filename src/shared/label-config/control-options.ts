// The values a control declares (what a result may store), for validation, summaries and usage.
import type { ChoiceNode, ControlNode, LabelNode } from './tag-tree';

/** Every Choice in a taxonomy, depth first. */
export function flattenChoices(options: readonly ChoiceNode[]): ChoiceNode[] {
  const out: ChoiceNode[] = [];
  const visit = (list: readonly ChoiceNode[]) => {
    for (const option of list) {
      out.push(option);
      visit(option.children);
    }
  };
  visit(options);
  return out;
}

/** Options with a value (Label or Choice) of a control; empty for value-free controls. */
export function controlOptions(control: ControlNode): readonly (ChoiceNode | LabelNode)[] {
  if (control.tag === 'Choices') return control.options;
  if (control.tag === 'Taxonomy') return flattenChoices(control.options);
  if ('labels' in control) return control.labels;
  return [];
}

/** The strings a result may store for a control: each option's value and alias. */
export function declaredValues(control: ControlNode): Set<string> {
  const out = new Set<string>();
  for (const option of controlOptions(control)) {
    out.add(option.value);
    if (option.alias !== undefined) out.add(option.alias);
  }
  return out;
}

/** Options that take hotkeys: Choices' choices and region controls' labels (not Taxonomy). */
export function hotkeyOptions(control: ControlNode): readonly (ChoiceNode | LabelNode)[] {
  if (control.tag === 'Choices') return control.options;
  if ('labels' in control) return control.labels;
  return [];
}
