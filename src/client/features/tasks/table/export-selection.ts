import type { TaskRowData } from './columns';
import { isSelected, selectedCount, type Selection } from './selection';

/** Task ids ride in the download's URL; past this many it would be longer than servers take. */
export const MAX_EXPORT_IDS = 1000;

export interface ExportSelection {
  count: number;
  /** The ids, or why the selection cannot be exported as such. */
  ids: readonly number[] | { reason: string };
}

/**
 * The export endpoint takes task ids, not filters: a selection can be exported when its ids
 * are known — picked by hand, or "all matching" once every matching row has been loaded.
 */
export function exportSelection(
  selection: Selection,
  rows: readonly TaskRowData[],
  total: number,
  everythingLoaded: boolean,
): ExportSelection | null {
  const count = selectedCount(selection, total);
  if (count === 0) return null;
  if (selection.all && !everythingLoaded) {
    return {
      count,
      ids: {
        reason:
          'Scroll to the end of the table to export every matching task, or export all tasks.',
      },
    };
  }
  const ids = selection.all
    ? rows.filter((t) => isSelected(selection, t.id)).map((t) => t.id)
    : [...selection.ids];
  if (ids.length > MAX_EXPORT_IDS) {
    return {
      count,
      ids: {
        reason: `Up to ${MAX_EXPORT_IDS.toLocaleString()} picked tasks can be exported at once.`,
      },
    };
  }
  return { count, ids };
}
