// Result items → regions (label-config.md §3): items sharing an id are one region (the drawn
// item plus perRegion items); whole-object classifications and relations stand apart. Order is
// the order of first appearance, so the region list is stable across saves.
import { shapeOfType } from '../label-config/control-specs';
import {
  isRelation,
  type RelationItem,
  type ResultEntry,
  type ResultItem,
} from './result-item-types';

export interface Region {
  readonly id: string;
  readonly toName: string;
  /** The item that draws the region (labels/rectangle/…); undefined if only perRegion items. */
  readonly shapeItem: ResultItem | undefined;
  /** Every item with this id, in result order (including shapeItem). */
  readonly items: readonly ResultItem[];
}

export interface GroupedResult {
  readonly regions: readonly Region[];
  /** Whole-object results (no region): one per control, normally. */
  readonly classifications: readonly ResultItem[];
  readonly relations: readonly RelationItem[];
}

export const drawsRegion = (item: ResultItem): boolean => shapeOfType(item.type) !== undefined;

export function groupRegions(result: readonly ResultEntry[]): GroupedResult {
  const byId = new Map<string, ResultItem[]>();
  const relations: RelationItem[] = [];
  for (const entry of result) {
    if (isRelation(entry)) relations.push(entry);
    else {
      const group = byId.get(entry.id);
      if (group) group.push(entry);
      else byId.set(entry.id, [entry]);
    }
  }
  const regions: Region[] = [];
  const classifications: ResultItem[] = [];
  for (const [id, items] of byId) {
    const shapeItem = items.find(drawsRegion);
    const [first] = items;
    if (!shapeItem && items.length === 1 && first) classifications.push(first);
    else regions.push({ id, toName: (shapeItem ?? first)?.to_name ?? '', shapeItem, items });
  }
  return { regions, classifications, relations };
}

/** Removes a region: its items and every relation touching it (label-config.md §3). */
export function removeRegion(result: readonly ResultEntry[], id: string): ResultEntry[] {
  return result.filter((e) =>
    isRelation(e) ? e.from_id !== id && e.to_id !== id : e.id !== id && e.parentID !== id,
  );
}
