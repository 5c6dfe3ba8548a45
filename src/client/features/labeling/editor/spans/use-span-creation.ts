// Creating spans from a DOM selection, the two ways an annotator does it:
// (a) a label is armed, then text is selected → the region is made on mouseup/keyup;
// (b) text is selected, then a label gets armed (click or hotkey) → the region is made from the
//     standing selection and the label disarmed again.
// Clicking a painted span selects its region.
import { useEffect, useEffectEvent, type RefObject } from 'react';
import { addItem } from '../../../../../shared/annotation/edits';
import type { ResultItem } from '../../../../../shared/annotation/result-item-types';
import { editResult, editorActions, readEditor, subscribeEditor } from '../../stores/editor-store';
import type { LabelsControl } from './region-controls';

type Armed = Readonly<Record<string, readonly string[]>>;

export interface SpanCreationOptions {
  containerRef: RefObject<HTMLElement | null>;
  controls: readonly LabelsControl[];
  /** False when read-only or `selectionEnabled="false"`. */
  enabled: boolean;
  /** The region item for this selection and labels, or null to ignore the selection. */
  buildItem(range: Range, control: LabelsControl, labels: readonly string[]): ResultItem | null;
  /** Region ids under a click, innermost last. */
  regionsAt(event: MouseEvent): string[];
  /** Told before the store changes, so the object knows not to scroll to its own click. */
  onRegionClick(id: string): void;
}

/** A drag longer than this is a selection, not a click on a span. */
const CLICK_SLOP = 4;

function selectionRangeIn(container: HTMLElement): Range | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const inside = container.contains(range.startContainer) || container.contains(range.endContainer);
  return inside ? range : null;
}

export function useSpanCreation(options: SpanCreationOptions): void {
  const { containerRef } = options;

  const createFromSelection = useEffectEvent((armed: Armed, disarm: boolean) => {
    const container = containerRef.current;
    if (!options.enabled || !container) return;
    const range = selectionRangeIn(container);
    if (!range) return;
    const control = options.controls.find((c) => (armed[c.name]?.length ?? 0) > 0);
    const labels = control ? armed[control.name] : undefined;
    if (!control || !labels) return;
    const item = options.buildItem(range, control, labels);
    if (!item) return;
    editResult((result) => addItem(result, item));
    window.getSelection()?.removeAllRanges();
    if (disarm) editorActions.labelsDisarmed(control.name);
  });

  const selectClicked = useEffectEvent((event: MouseEvent) => {
    const ids = options.regionsAt(event);
    const innermost = ids.at(-1);
    if (!innermost) return;
    // A second click on the selected innermost span steps out to the span around it.
    const current = readEditor().selectedRegionId;
    const at = current === null ? -1 : ids.indexOf(current);
    const id = at > 0 ? (ids[at - 1] ?? innermost) : innermost;
    options.onRegionClick(id);
    editorActions.regionSelected(id);
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let down: { x: number; y: number } | null = null;
    const onDown = (e: MouseEvent) => {
      down = { x: e.clientX, y: e.clientY };
    };
    // On the document: a drag that started inside may end outside the object.
    const onUp = () => createFromSelection(readEditor().armed, false);
    // Keyboard selection grows while Shift is held; act once it is released.
    const onKeyUp = (e: KeyboardEvent) => {
      if (!e.shiftKey) createFromSelection(readEditor().armed, false);
    };
    const onClick = (e: MouseEvent) => {
      const moved = down && Math.hypot(e.clientX - down.x, e.clientY - down.y) > CLICK_SLOP;
      if (moved || !(window.getSelection()?.isCollapsed ?? true)) return;
      selectClicked(e);
    };
    const unsubscribe = subscribeEditor((state, previous) => {
      if (state.armed === previous.armed) return;
      const changed: Record<string, readonly string[]> = {};
      for (const [name, labels] of Object.entries(state.armed))
        if (labels !== previous.armed[name] && labels.length > 0) changed[name] = labels;
      createFromSelection(changed, true);
    });
    container.addEventListener('mousedown', onDown);
    container.addEventListener('click', onClick);
    document.addEventListener('mouseup', onUp);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      unsubscribe();
      container.removeEventListener('mousedown', onDown);
      container.removeEventListener('click', onClick);
      document.removeEventListener('mouseup', onUp);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [containerRef]);
}
