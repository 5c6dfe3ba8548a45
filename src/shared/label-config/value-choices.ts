import { declaredValues } from './control-options';
import { show } from './json-values';
import type { ChoicesNode } from './tag-tree';
import type { ItemContext } from './validation-context';

/** `{"choices": [...]}`: declared values (or aliases); single modes take exactly one. */
export function validateChoicesValue(ctx: ItemContext, control: ChoicesNode): void {
  const choices = ctx.value['choices'];
  const field = 'value.choices';
  if (!Array.isArray(choices)) {
    ctx.error(field, `choices must be a list of strings, got ${show(choices)}`);
    return;
  }
  if (control.choice !== 'multiple' && choices.length !== 1) {
    ctx.error(field, `choice="${control.choice}" allows exactly one choice, got ${choices.length}`);
  }
  const declared = declaredValues(control);
  const seen = new Set<string>();
  for (const choice of choices) {
    if (typeof choice !== 'string')
      ctx.error(field, `choices must be strings, got ${show(choice)}`);
    else if (!declared.has(choice))
      ctx.error(field, `"${choice}" is not a choice of "${control.name}"`);
    else if (seen.has(choice)) ctx.error(field, `"${choice}" is listed twice`);
    else seen.add(choice);
  }
}
