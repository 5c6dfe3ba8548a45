// Items sharing an id form one region (label-config.md §3 perRegion, §4 rule 8): same object,
// same geometry, one item per control; perRegion items need their region; ids of different
// regions never collide; parentID points at a region.
import { GEOMETRY_SPECS, identityKeys } from './geometry-specs';
import { jsonEqual, show } from './json-values';
import type { CheckedItem, ResultContext } from './validation-context';

export interface Region {
  readonly id: string;
  /** The first item that draws the region (from a region control). */
  readonly anchor: CheckedItem;
  readonly items: readonly CheckedItem[];
}

function differingKeys(anchor: CheckedItem, other: CheckedItem): string[] {
  if (!anchor.shape) return [];
  const keys = GEOMETRY_SPECS[anchor.object.tag].keys(anchor.shape) ?? [];
  return identityKeys(keys).filter((k) => !jsonEqual(anchor.value[k], other.value[k]));
}

function checkGroup(
  result: ResultContext,
  id: string,
  group: readonly CheckedItem[],
): Region | undefined {
  const add = (item: CheckedItem, field: string, message: string) =>
    result.issues.add(`${item.path}.${field}`, message);
  const anchor = group.find((i) => i.shape !== undefined);
  const seen = new Map<string, CheckedItem>();
  for (const item of group) {
    const earlier = seen.get(item.control.name);
    if (earlier) {
      add(
        item,
        'id',
        `id "${id}" is already used by ${earlier.path} for another "${item.control.name}" result; two regions cannot share an id`,
      );
      continue;
    }
    seen.set(item.control.name, item);
    if (item === anchor) continue;
    if (!anchor) {
      if (item.control.perRegion) {
        add(
          item,
          'id',
          `no region has id "${id}"; a perRegion "${item.control.name}" result must repeat its region's id`,
        );
      } else if (item !== group[0]) {
        add(item, 'id', `id "${id}" is already used by ${group[0]?.path ?? 'another item'}`);
      }
      continue;
    }
    if (!item.shape && !item.control.perRegion) {
      add(
        item,
        'id',
        `id "${id}" belongs to a region (${anchor.path}) but "${item.control.name}" is not perRegion`,
      );
      continue;
    }
    if (item.object.name !== anchor.object.name) {
      add(
        item,
        'to_name',
        `region "${id}" is on "${anchor.object.name}" (${anchor.path}), not "${item.object.name}"`,
      );
      continue;
    }
    const differing = differingKeys(anchor, item);
    if (item.shape) {
      if (item.shape !== anchor.shape || differing.length > 0) {
        add(
          item,
          'id',
          `id "${id}" is used by two different regions (${anchor.path} and ${item.path})`,
        );
      }
      continue;
    }
    for (const key of differing) {
      add(
        item,
        `value.${key}`,
        `${key} ${show(item.value[key])} differs from region "${id}" (${show(anchor.value[key])} in ${anchor.path})`,
      );
    }
  }
  return anchor ? { id, anchor, items: group } : undefined;
}

export function validateRegions(
  result: ResultContext,
  items: readonly CheckedItem[],
): Map<string, Region> {
  const groups = new Map<string, CheckedItem[]>();
  for (const item of items) {
    if (item.id === undefined) continue;
    const group = groups.get(item.id);
    if (group) group.push(item);
    else groups.set(item.id, [item]);
  }
  const regions = new Map<string, Region>();
  for (const [id, group] of groups) {
    const region = checkGroup(result, id, group);
    if (region) regions.set(id, region);
  }
  for (const item of items) {
    const parent = item.item['parentID'];
    if (typeof parent !== 'string') continue;
    if (parent === item.id)
      result.issues.add(`${item.path}.parentID`, 'a region cannot be its own parent');
    else if (!regions.has(parent)) {
      result.issues.add(
        `${item.path}.parentID`,
        `parentID "${parent}" names no region in the result`,
      );
    }
  }
  return regions;
}
