import { declaredValues } from './control-options';
import { CONTROL_SPECS } from './control-specs';
import { show } from './json-values';
import type { AnyRegionControlNode } from './tag-tree';
import type { ItemContext } from './validation-context';

/** The labels list of a region (`labels`, `rectanglelabels`, …): declared, one if single. */
export function validateLabelsValue(ctx: ItemContext, control: AnyRegionControlNode): void {
  const key = CONTROL_SPECS[control.tag].valueKey;
  // Bare shape tools (Rectangle) and bare-typed items of labelled tools carry no labels.
  if (key === undefined || ctx.type !== key) return;
  const labels = ctx.value[key];
  const field = `value.${key}`;
  if (!Array.isArray(labels)) {
    ctx.error(field, `${key} must be a list of strings, got ${show(labels)}`);
    return;
  }
  if (labels.length === 0 && !control.allowEmpty) ctx.error(field, `a region needs a label`);
  if (control.choice === 'single' && labels.length > 1) {
    ctx.error(field, `choice="single" allows one label per region, got ${labels.length}`);
  }
  const declared = declaredValues(control);
  const seen = new Set<string>();
  for (const label of labels) {
    if (typeof label !== 'string') ctx.error(field, `labels must be strings, got ${show(label)}`);
    else if (!declared.has(label))
      ctx.error(field, `"${label}" is not a label of "${control.name}"`);
    else if (seen.has(label)) ctx.error(field, `"${label}" is listed twice`);
    else seen.add(label);
  }
}
