// Pure edits on a result array: every editor change is one of these, so undo/redo is a stack of
// arrays and a change to one region leaves every other item (and its identity) untouched.
import { removeRegion } from './regions';
import {
  isRelation,
  type RelationDirection,
  type RelationItem,
  type ResultEntry,
  type ResultItem,
} from './result-item-types';

export type Result = readonly ResultEntry[];

const sameRelation = (r: RelationItem, from: string, to: string) =>
  r.from_id === from && r.to_id === to;

/**
 * Sets a classification item: replaces the item of the same control (and, for perRegion
 * items, the same region id), or appends it. `undefined` removes that control's item.
 */
export function setClassification(
  result: Result,
  control: string,
  item: ResultItem | undefined,
  regionId?: string,
): ResultEntry[] {
  const matches = (e: ResultEntry) =>
    !isRelation(e) &&
    e.from_name === control &&
    (regionId === undefined ? !isRegionItemOf(e, result) : e.id === regionId);
  const index = result.findIndex(matches);
  if (index === -1) return item ? [...result, item] : [...result];
  const next = result.filter((e, i) => i === index || !matches(e));
  const at = next.indexOf(result[index] as ResultEntry);
  if (item) next[at] = item;
  else next.splice(at, 1);
  return next;
}

/** A classification item that shares its id with a drawn region is a perRegion item. */
function isRegionItemOf(item: ResultItem, result: Result): boolean {
  return result.some((e) => !isRelation(e) && e !== item && e.id === item.id);
}

export const addItem = (result: Result, item: ResultItem): ResultEntry[] => [...result, item];

/** Applies `change` to every item of region `id` (geometry moves with its perRegion items). */
export function updateRegion(
  result: Result,
  id: string,
  change: (item: ResultItem) => ResultItem,
): ResultEntry[] {
  return result.map((e) => (isRelation(e) || e.id !== id ? e : change(e)));
}

/** Merges `geometry` into the value of every item of region `id`. */
export function moveRegion(
  result: Result,
  id: string,
  geometry: Record<string, unknown>,
): ResultEntry[] {
  return updateRegion(result, id, (item) => ({
    ...item,
    ...(item.origin === 'prediction' ? { origin: 'prediction-changed' as const } : {}),
    value: { ...item.value, ...geometry },
  }));
}

/** Replaces the labels of a region's drawing item (the one whose value holds `key`). */
export function setRegionLabels(
  result: Result,
  id: string,
  key: string,
  labels: readonly string[],
): ResultEntry[] {
  return updateRegion(result, id, (item) =>
    item.type === key
      ? {
          ...item,
          ...(item.origin === 'prediction' ? { origin: 'prediction-changed' as const } : {}),
          value: { ...item.value, [key]: [...labels] },
        }
      : item,
  );
}

export const deleteRegion = (result: Result, id: string): ResultEntry[] => removeRegion(result, id);

/** Adds a relation unless the same pair already has one. */
export function addRelation(result: Result, relation: RelationItem): ResultEntry[] {
  const exists = result.some(
    (e) => isRelation(e) && sameRelation(e, relation.from_id, relation.to_id),
  );
  return exists ? [...result] : [...result, relation];
}

export function updateRelation(
  result: Result,
  from: string,
  to: string,
  change: Partial<Pick<RelationItem, 'direction' | 'labels'>>,
): ResultEntry[] {
  return result.map((e) => {
    if (!isRelation(e) || !sameRelation(e, from, to)) return e;
    const next: RelationItem = { ...e, ...change };
    if (next.labels?.length === 0) delete next.labels;
    return next;
  });
}

export const removeRelation = (result: Result, from: string, to: string): ResultEntry[] =>
  result.filter((e) => !isRelation(e) || !sameRelation(e, from, to));

const NEXT_DIRECTION: Record<RelationDirection, RelationDirection> = {
  right: 'left',
  left: 'bi',
  bi: 'right',
};

export const nextDirection = (d: RelationDirection): RelationDirection => NEXT_DIRECTION[d];
