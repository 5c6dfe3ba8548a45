// Duplicate label/choice/relation values inside one control make results ambiguous (which
// option does "Person" mean?), so they are config errors. Aliases count: a result may store
// either the value or the alias.
import { errorAt, type ConfigError } from './config-error';
import type { LabelConfig } from './label-config';
import type { ChoiceNode } from './tag-tree';

interface Option {
  readonly value: string;
  readonly alias?: string | undefined;
  readonly line: number;
  readonly column: number;
  readonly tag: string;
}

function checkList(owner: string, kind: string, options: readonly Option[], errors: ConfigError[]) {
  const seen = new Set<string>();
  for (const option of options) {
    const keys =
      option.alias !== undefined && option.alias !== option.value
        ? [option.value, option.alias]
        : [option.value];
    for (const key of keys) {
      if (seen.has(key)) {
        errors.push(errorAt(option, `Duplicate ${kind} "${key}" in ${owner}`, 'value'));
      }
      seen.add(key);
    }
  }
}

function checkTaxonomy(owner: string, options: readonly ChoiceNode[], errors: ConfigError[]) {
  // Paths must be unambiguous, so only siblings need distinct values.
  checkList(owner, 'choice', options, errors);
  for (const option of options) checkTaxonomy(owner, option.children, errors);
}

export function checkOptionValues(config: LabelConfig, errors: ConfigError[]): void {
  for (const control of config.controls.values()) {
    const owner = `<${control.tag} name="${control.name}">`;
    if (control.tag === 'Choices') checkList(owner, 'choice', control.options, errors);
    else if (control.tag === 'Taxonomy') checkTaxonomy(owner, control.options, errors);
    else if ('labels' in control) checkList(owner, 'label', control.labels, errors);
  }
  for (const relations of config.relations) {
    checkList('<Relations>', 'relation', relations.relations, errors);
  }
}
