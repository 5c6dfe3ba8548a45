// Checks of one result item (label-config.md §4 rules 2, 3, 8 ids, 10): names, type, id,
// top-level fields, the control's value key, geometry and unknown value keys.
import { isRegionId } from '../annotation/region-id';
import { CONTROL_SPECS, shapeOfType } from './control-specs';
import { validateImageItemFields } from './geometry-image';
import { GEOMETRY_SPECS } from './geometry-specs';
import { isFiniteNumber, isPlainObject, show, type JsonObject } from './json-values';
import type { CheckedItem, ItemContext, ResultContext } from './validation-context';
import { validateControlValue } from './value-validators';

const ORIGINS = new Set(['manual', 'prediction', 'prediction-changed']);

const quoteList = (names: Iterable<string>) => [...names].map((n) => `'${n}'`).join(', ');

function checkTopLevel(ctx: ItemContext): void {
  const { item } = ctx;
  if (item['origin'] !== undefined && !ORIGINS.has(item['origin'] as string)) {
    ctx.error(
      'origin',
      `origin must be one of manual, prediction, prediction-changed, got ${show(item['origin'])}`,
    );
  }
  if (item['score'] !== undefined && !isFiniteNumber(item['score'])) {
    ctx.error('score', `score must be a number, got ${show(item['score'])}`);
  }
  if (item['readonly'] !== undefined && typeof item['readonly'] !== 'boolean') {
    ctx.error('readonly', 'readonly must be true or false');
  }
  if (item['meta'] !== undefined && !isPlainObject(item['meta']))
    ctx.error('meta', 'meta must be an object');
  // parentID is resolved against the result's regions in validate-regions.ts.
  if (item['parentID'] !== undefined && !isRegionId(item['parentID'])) {
    ctx.error('parentID', `parentID must be a region id, got ${show(item['parentID'])}`);
  }
}

function allowedValueKeys(ctx: CheckedItem): Set<string> {
  const spec = CONTROL_SPECS[ctx.control.tag];
  const geometry = GEOMETRY_SPECS[ctx.object.tag];
  const keys = new Set<string>();
  // A bare-typed item (`rectangle` from RectangleLabels) carries no label list.
  if (spec.valueKey !== undefined && (ctx.shape === undefined || ctx.type === spec.valueKey)) {
    keys.add(spec.valueKey);
  }
  const shapeKeys = ctx.shape
    ? geometry.keys(ctx.shape)
    : ctx.control.perRegion
      ? geometry.allKeys
      : [];
  for (const key of shapeKeys ?? []) keys.add(key);
  return keys;
}

/** Returns the item for region-level checks, or undefined when it is too broken to group. */
export function validateItem(
  result: ResultContext,
  index: number,
  item: JsonObject,
): CheckedItem | undefined {
  const path = `result[${index}]`;
  const error = (field: string, message: string) =>
    result.issues.add(field === '' ? path : `${path}.${field}`, message);
  const { config } = result;

  const fromName = item['from_name'];
  const control = typeof fromName === 'string' ? config.controls.get(fromName) : undefined;
  if (!control) {
    error(
      'from_name',
      `from_name ${show(fromName)} names no control; controls: ${quoteList(config.controls.keys())}`,
    );
    return undefined;
  }
  const toName = item['to_name'];
  const object =
    typeof toName === 'string' && control.toName.includes(toName)
      ? config.objects.get(toName)
      : undefined;
  if (!object) {
    error(
      'to_name',
      `to_name ${show(toName)} is not an object of "${control.name}"; expected ${quoteList(control.toName)}`,
    );
    return undefined;
  }
  const spec = CONTROL_SPECS[control.tag];
  const type = item['type'];
  if (typeof type !== 'string' || !spec.resultTypes.includes(type)) {
    error(
      'type',
      `type ${show(type)} does not match control "${control.name}"; expected ${quoteList(spec.resultTypes)}`,
    );
    return undefined;
  }
  const id = item['id'];
  if (!isRegionId(id)) {
    error('id', `id ${show(id)} must be 10 characters from A–Z a–z 0–9 _ -`);
  }
  const value = item['value'];
  if (!isPlainObject(value)) {
    error('value', `value must be an object, got ${show(value)}`);
    return undefined;
  }
  const shape =
    spec.region === undefined ? undefined : spec.region === 'span' ? 'span' : shapeOfType(type);
  const checked: CheckedItem = {
    index,
    path,
    id: isRegionId(id) ? id : undefined,
    item,
    value,
    type,
    control,
    object,
    shape,
  };
  const ctx: ItemContext = { ...checked, result, error };

  checkTopLevel(ctx);
  if (object.tag === 'Image') validateImageItemFields(ctx);
  validateControlValue(ctx, control);
  if (shape) GEOMETRY_SPECS[object.tag].validate(ctx, shape);
  const allowed = allowedValueKeys(checked);
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) error(`value.${key}`, `unexpected key "${key}" in a ${type} value`);
  }
  return checked;
}
