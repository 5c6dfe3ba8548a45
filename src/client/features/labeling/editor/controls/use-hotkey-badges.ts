// The hotkey shown next to each option: the same assignment the global handler uses (explicit
// keys win, then 1–9, 0, a–z over the controls visible now), so the badge never lies.
import { useMemo } from 'react';
import { assignHotkeys } from '../../../../../shared/annotation/hotkeys';
import { useEditorSelector } from '../../stores/editor-store';
import { useRenderContext } from '../render-context';
import { visibleControlNames } from '../visibility';

/** Option value → key, for one control. */
export function useHotkeyBadges(controlName: string): ReadonlyMap<string, string> {
  const { config } = useRenderContext();
  // A joined string is compared by value, so edits that keep the same controls visible do not
  // re-render every control.
  const visibleKey = useEditorSelector((s) =>
    [...visibleControlNames(config, s.result, s.selectedRegionId)].join('\n'),
  );
  return useMemo(() => {
    const visible = new Set(visibleKey.split('\n'));
    const out = new Map<string, string>();
    for (const binding of assignHotkeys(config, visible)) {
      if (binding.control === controlName) out.set(binding.value, binding.key);
    }
    return out;
  }, [config, visibleKey, controlName]);
}
