// One keydown listener for the editor: editor actions first, then the config's label and
// choice hotkeys for the controls visible right now. Nothing fires while typing in a field
// (Escape there just leaves the field), and a key that matched is never passed to the browser.
import { useEffect, useLayoutEffect, useRef } from 'react';
import { assignHotkeys, type HotkeyBinding } from '../../../../shared/annotation/hotkeys';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import { isRegionControlTag } from '../../../../shared/label-config/tag-names';
import { toggleChoice, toggleRegionLabel } from '../editor/controls/control-actions';
import { visibleControlNames } from '../editor/visibility';
import { readEditor } from '../stores/editor-store';
import { EDITOR_ACTIONS, type ActionHost } from './editor-actions';
import { hotkeysOf, isTypingTarget } from './key-press';

/** The label/choice bindings in effect now (visibility depends on the result and selection). */
export function currentBindings(config: LabelConfig): HotkeyBinding[] {
  const { result, selectedRegionId } = readEditor();
  return assignHotkeys(config, visibleControlNames(config, result, selectedRegionId));
}

function runBinding(config: LabelConfig, binding: HotkeyBinding) {
  const control = config.controls.get(binding.control);
  if (!control) return;
  if (isRegionControlTag(control.tag)) toggleRegionLabel(config, control.name, binding.value);
  else toggleChoice(config, control.name, binding.value);
}

export function useEditorHotkeys(config: LabelConfig | null, host: ActionHost): void {
  // The latest host without re-subscribing on every render.
  const hostRef = useRef(host);
  useLayoutEffect(() => {
    hostRef.current = host;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (isTypingTarget(event.target)) {
        if (event.key === 'Escape' && event.target instanceof HTMLElement) event.target.blur();
        return;
      }
      const keys = hotkeysOf(event);
      const h = hostRef.current;
      const action = EDITOR_ACTIONS.find((a) => a.keys.some((k) => keys.includes(k)));
      if (action) {
        event.preventDefault();
        if (action.enabled(h)) action.run(h);
        return;
      }
      if (!config || h.readOnly) return;
      const binding = currentBindings(config).find((b) => keys.includes(b.key));
      if (binding) {
        event.preventDefault();
        runBinding(config, binding);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [config]);
}
