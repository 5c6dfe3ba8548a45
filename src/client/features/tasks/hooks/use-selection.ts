import { useCallback, useRef, useState } from 'react';
import {
  ALL_SELECTED,
  EMPTY_SELECTION,
  isSelected,
  setSelected,
  type Selection,
} from '../table/selection';

interface State {
  key: string;
  selection: Selection;
}

/**
 * The table's selection. It belongs to one view (filters + search): when the view changes,
 * the selection is dropped, so "all matching" never silently means something else.
 * Shift+click (or Shift+Space) sets the whole range from the last toggled row.
 */
export function useSelection(viewKey: string, rowIds: readonly number[]) {
  const [state, setState] = useState<State>({ key: viewKey, selection: EMPTY_SELECTION });
  const selection = state.key === viewKey ? state.selection : EMPTY_SELECTION;
  const anchor = useRef<number | null>(null);

  const update = useCallback(
    (change: (current: Selection) => Selection) =>
      setState((prev) => ({
        key: viewKey,
        selection: change(prev.key === viewKey ? prev.selection : EMPTY_SELECTION),
      })),
    [viewKey],
  );

  const toggle = useCallback(
    (id: number, index: number, range: boolean) => {
      const from = range && anchor.current !== null ? anchor.current : index;
      const [lo, hi] = from < index ? [from, index] : [index, from];
      anchor.current = index;
      update((current) => setSelected(current, rowIds.slice(lo, hi + 1), !isSelected(current, id)));
    },
    [update, rowIds],
  );

  const toggleAll = useCallback(
    () =>
      update((current) =>
        current.all && current.excluded.size === 0 ? EMPTY_SELECTION : ALL_SELECTED,
      ),
    [update],
  );
  const clear = useCallback(() => update(() => EMPTY_SELECTION), [update]);
  const selectAll = useCallback(() => update(() => ALL_SELECTED), [update]);

  return { selection, toggle, toggleAll, clear, selectAll };
}
