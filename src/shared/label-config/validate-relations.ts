// Relation items `{from_id, to_id, type: "relation", direction, labels}` (label-config.md §3).
import { isPlainObject, isStringArray, show, type JsonObject } from './json-values';
import type { Region } from './validate-regions';
import type { ResultContext } from './validation-context';

const DIRECTIONS = new Set(['right', 'left', 'bi']);

export function validateRelation(
  result: ResultContext,
  index: number,
  item: JsonObject,
  regions: ReadonlyMap<string, Region>,
): void {
  const path = `result[${index}]`;
  const error = (field: string, message: string) => result.issues.add(`${path}.${field}`, message);
  const declared = new Set(result.config.relations.flatMap((r) => r.relations.map((x) => x.value)));
  if (result.config.relations.length === 0) {
    error('type', 'the config has no <Relations>, so the result cannot hold relations');
    return;
  }
  for (const key of ['from_id', 'to_id'] as const) {
    const id = item[key];
    if (typeof id !== 'string' || !regions.has(id)) {
      error(key, `${key} ${show(id)} names no region in the result`);
    }
  }
  if (item['from_id'] === item['to_id'] && typeof item['from_id'] === 'string') {
    error('to_id', 'a relation needs two different regions');
  }
  const direction = item['direction'];
  if (direction !== undefined && (typeof direction !== 'string' || !DIRECTIONS.has(direction))) {
    error('direction', `direction must be right, left or bi, got ${show(direction)}`);
  }
  const labels = item['labels'];
  if (labels === undefined) return;
  if (!isStringArray(labels)) {
    error('labels', `labels must be a list of strings, got ${show(labels)}`);
    return;
  }
  for (const label of labels) {
    if (!declared.has(label)) error('labels', `"${label}" is not a <Relation> value of the config`);
  }
}

export const isRelationItem = (item: unknown): item is JsonObject =>
  isPlainObject(item) && item['type'] === 'relation';
