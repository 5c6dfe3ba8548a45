// visibleWhen must point at something that exists, or the control would silently never show.
import { errorAt, type ConfigError } from './config-error';
import { declaredValues } from './control-options';
import type { LabelConfig } from './label-config';
import type { LayoutChild, VisibilityCondition } from './tag-tree';
import { walkLayout } from './walk-tree';

function checkCondition(
  config: LabelConfig,
  node: LayoutChild,
  condition: VisibilityCondition,
  errors: ConfigError[],
): void {
  if (condition.tagName === undefined || condition.tagName === '') return;
  const target = config.controls.get(condition.tagName);
  const push = (message: string, attribute: string) =>
    errors.push(errorAt(node, message, attribute));
  if (!target) {
    push(`whenTagName="${condition.tagName}" names no control`, 'whenTagName');
    return;
  }
  const choiceBased =
    condition.when === 'choice-selected' || condition.when === 'choice-unselected';
  if (choiceBased && target.tag !== 'Choices' && target.tag !== 'Taxonomy') {
    push(
      `whenTagName="${condition.tagName}" must name a <Choices> or <Taxonomy> for visibleWhen="${condition.when}"`,
      'whenTagName',
    );
    return;
  }
  const declared = declaredValues(target);
  const attribute = choiceBased ? 'whenChoiceValue' : 'whenLabelValue';
  for (const value of condition.values) {
    if (!declared.has(value)) {
      push(
        `${attribute}="${value}" is not a value of <${target.tag} name="${target.name}">`,
        attribute,
      );
    }
  }
}

export function checkVisibility(config: LabelConfig, errors: ConfigError[]): void {
  const visit = (node: LayoutChild) => {
    const condition = 'visibility' in node ? node.visibility : undefined;
    if (condition) checkCondition(config, node, condition, errors);
  };
  walkLayout(config.root, visit);
}
