import type { DmSelection } from '../../../../shared/api/dm-actions';

/**
 * Which tasks are selected: picked one by one, or "every task matching the view" minus the
 * ones unticked since — so selecting a million tasks never lists a million ids.
 */
export type Selection =
  { all: false; ids: ReadonlySet<number> } | { all: true; excluded: ReadonlySet<number> };

export const EMPTY_SELECTION: Selection = { all: false, ids: new Set() };
export const ALL_SELECTED: Selection = { all: true, excluded: new Set() };

export const isSelected = (s: Selection, id: number) =>
  s.all ? !s.excluded.has(id) : s.ids.has(id);

export const selectedCount = (s: Selection, total: number) =>
  s.all ? Math.max(0, total - s.excluded.size) : s.ids.size;

/** Set every id in `ids` to `on`. */
export function setSelected(s: Selection, ids: readonly number[], on: boolean): Selection {
  const next = new Set(s.all ? s.excluded : s.ids);
  // With "all", a ticked row is one that is NOT in the excluded set.
  const add = s.all ? !on : on;
  for (const id of ids) {
    if (add) next.add(id);
    else next.delete(id);
  }
  return s.all ? { all: true, excluded: next } : { all: false, ids: next };
}

export function toSelectedItems(s: Selection): DmSelection {
  return s.all ? { all: true, excluded: [...s.excluded] } : { all: false, included: [...s.ids] };
}
