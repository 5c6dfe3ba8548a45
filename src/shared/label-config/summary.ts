// Label Studio's `parsed_label_config` and the task data keys a config needs.
import { controlOptions } from './control-options';
import type { LabelConfig } from './label-config';
import { templateKeys, type ValueTemplate } from './variables';
import { walkLayout } from './walk-tree';

export interface ParsedControlSummary {
  type: string;
  to_name: string[];
  inputs: { type: string; value: string }[];
  labels: string[];
  /** Attributes of each label/choice as written, keyed by value (as Label Studio gives them). */
  labels_attrs: Record<string, Record<string, string>>;
}

/** `$text` → `text`; Label Studio strips the `$` from the raw value. */
function inputValue(template: ValueTemplate): string {
  return template.kind === 'variable' ? template.path.source : template.raw.replace(/^\$/, '');
}

/** Label Studio's `parsed_label_config`: control name → its type, objects, inputs and labels. */
export function parsedLabelConfig(config: LabelConfig): Record<string, ParsedControlSummary> {
  const out: Record<string, ParsedControlSummary> = {};
  for (const control of config.controls.values()) {
    const options = controlOptions(control);
    const labelsAttrs: Record<string, Record<string, string>> = {};
    for (const option of options) labelsAttrs[option.value] = { ...option.attrs };
    out[control.name] = {
      type: control.tag,
      to_name: [...control.toName],
      inputs: control.toName.flatMap((name) => {
        const object = config.objects.get(name);
        return object ? [{ type: object.tag, value: inputValue(object.value) }] : [];
      }),
      labels: options.map((o) => o.value),
      labels_attrs: labelsAttrs,
    };
  }
  return out;
}

/** Top-level task.data keys that the config's object tags read through `$variable`. */
export function requiredDataKeys(config: LabelConfig): string[] {
  const keys = new Set<string>();
  for (const object of config.objects.values())
    for (const key of templateKeys(object.value)) keys.add(key);
  return [...keys];
}

/** Every task.data key the config mentions, including display-only ones like `<Header value="$title">`. */
export function referencedDataKeys(config: LabelConfig): string[] {
  const keys = new Set<string>(requiredDataKeys(config));
  walkLayout(config.root, (node) => {
    if (node.tag === 'Header') for (const key of templateKeys(node.value)) keys.add(key);
  });
  return [...keys];
}
