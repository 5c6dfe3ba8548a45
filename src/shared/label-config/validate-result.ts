// Validates a result array against a parsed config (label-config.md §4). Never rewrites the
// result: it only reports, by field path. One pass over items, then region-level checks.
import { isPlainObject } from './json-values';
import type { LabelConfig } from './label-config';
import { readObjectSource, type ObjectSource } from './object-source';
import { Issues, type ResultErrors } from './result-issues';
import type { ObjectNode } from './tag-tree';
import { validateItem } from './validate-item';
import { validateRegions } from './validate-regions';
import { isRelationItem, validateRelation } from './validate-relations';
import { validateRequired } from './validate-required';
import { validateUsageLimits } from './validate-usage-limits';
import type { CheckedItem, ResultContext, ValidationMode } from './validation-context';

export type { ResultErrors } from './result-issues';
export type { ValidationMode } from './validation-context';

export function validateResult(
  config: LabelConfig,
  result: unknown,
  data: Record<string, unknown>,
  mode: ValidationMode,
): ResultErrors {
  const issues = new Issues();
  if (result === null) {
    // A skip or a draft may carry no result at all (rule 1).
    if (mode !== 'skip' && mode !== 'draft') issues.add('result', 'result must be a list');
    return issues.errors;
  }
  if (!Array.isArray(result)) {
    issues.add('result', 'result must be a list of result items');
    return issues.errors;
  }
  const sources = new Map<ObjectNode, ObjectSource>();
  const context: ResultContext = {
    config,
    data: isPlainObject(data) ? data : {},
    mode,
    issues,
    source(object) {
      let source = sources.get(object);
      if (!source) {
        source = readObjectSource(object, context.data);
        sources.set(object, source);
      }
      return source;
    },
  };

  const checked: CheckedItem[] = [];
  const relations: number[] = [];
  for (let i = 0; i < result.length && !issues.full; i++) {
    const item: unknown = result[i];
    if (!isPlainObject(item)) issues.add(`result[${i}]`, 'each result item must be an object');
    else if (isRelationItem(item)) relations.push(i);
    else {
      const ok = validateItem(context, i, item);
      if (ok) checked.push(ok);
    }
  }
  const regions = validateRegions(context, checked);
  for (const i of relations)
    validateRelation(context, i, result[i] as Record<string, unknown>, regions);
  validateUsageLimits(context, checked);
  if (mode === 'submit') validateRequired(context, checked, regions);
  return issues.errors;
}
