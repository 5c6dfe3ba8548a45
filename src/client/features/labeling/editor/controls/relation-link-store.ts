// Linking mode for relations: with a region selected, startLinking() remembers it as the
// source; the next region selected by anything (a click on the text, the region list, a
// hotkey) becomes the target. Then the relation is added as one undo step, the source is
// reselected and linking ends. cancelLinking() (the Escape action) or unselecting ends it
// without a link.
import { create } from 'zustand';
import { addRelation } from '../../../../../shared/annotation/edits';
import { relationItem } from '../../../../../shared/annotation/result-items';
import { isRelation } from '../../../../../shared/annotation/result-item-types';
import { editorActions, editResult, readEditor, subscribeEditor } from '../../stores/editor-store';

interface LinkState {
  /** The region the new relation starts from; null when not linking. */
  sourceId: string | null;
}

const linkStore = create<LinkState>()(() => ({ sourceId: null }));

let unsubscribe: (() => void) | undefined;

const isRegion = (id: string) => readEditor().result.some((e) => !isRelation(e) && e.id === id);

function stopWatching(): void {
  unsubscribe?.();
  unsubscribe = undefined;
}

/** Enters linking mode from the selected region; returns whether it did. */
export function startLinking(): boolean {
  const source = readEditor().selectedRegionId;
  if (source === null || !isRegion(source)) return false;
  stopWatching();
  linkStore.setState({ sourceId: source });
  unsubscribe = subscribeEditor((state, prev) => {
    if (state.taskId !== prev.taskId) {
      cancelLinking();
      return;
    }
    if (state.selectedRegionId === prev.selectedRegionId) return;
    const target = state.selectedRegionId;
    if (target === null) {
      cancelLinking();
      return;
    }
    if (target === source || !isRegion(target)) return;
    cancelLinking();
    editResult((result) => addRelation(result, relationItem(source, target)));
    editorActions.regionSelected(source);
  });
  return true;
}

/** Leaves linking mode; returns whether it was on (so Escape can fall through to unselect). */
export function cancelLinking(): boolean {
  stopWatching();
  if (linkStore.getState().sourceId === null) return false;
  linkStore.setState({ sourceId: null });
  return true;
}

/** The region a relation is being drawn from, or null. */
export const useLinkingSource = () => linkStore((s) => s.sourceId);
export const isLinking = (): boolean => linkStore.getState().sourceId !== null;
