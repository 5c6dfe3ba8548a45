// Arming a label of a labeled region control picks that control's drawing tool, so choosing
// "Cat" and dragging draws a Cat box without touching the toolbar.
import { useEffect } from 'react';
import { readEditor, subscribeEditor } from '../../stores/editor-store';
import type { ImageTool, ShapeControl } from './image-tools';

export function useArmedTool(
  controls: readonly ShapeControl[],
  onTool: (tool: ImageTool) => void,
): void {
  useEffect(() => {
    let previous = readEditor().armed;
    return subscribeEditor((state) => {
      const armed = state.armed;
      if (armed === previous) return;
      const before = previous;
      previous = armed;
      const newlyArmed = controls.find(
        (c) =>
          c.labeled &&
          armed[c.control.name] !== before[c.control.name] &&
          (armed[c.control.name]?.length ?? 0) > 0,
      );
      if (newlyArmed) onTool(newlyArmed.shape);
    });
  }, [controls, onTool]);
}
