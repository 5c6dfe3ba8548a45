// Hotkey assignment (label-config.md §5): explicit `hotkey` attributes win; every other label or
// choice gets the next free key of 1–9, 0, a–z, in document order, never repeating a key
// across the controls visible at once. Options left over when keys run out get none.
import { AUTO_HOTKEYS, normalizeHotkey } from '../label-config/hotkey-keys';
import { hotkeyOptions } from '../label-config/control-options';
import type { LabelConfig } from '../label-config/label-config';

export interface HotkeyBinding {
  readonly control: string;
  /** The option's value (what the result stores is value or alias; this is the option). */
  readonly value: string;
  /** Normalized: `1`, `p`, `ctrl+shift+k`. */
  readonly key: string;
  readonly explicit: boolean;
}

/**
 * Bindings for the controls in `visible` (default: all). Call again when visibility changes;
 * explicit keys never move, automatic ones fill the gaps.
 */
export function assignHotkeys(config: LabelConfig, visible?: ReadonlySet<string>): HotkeyBinding[] {
  const controls = [...config.controls.values()].filter((c) => !visible || visible.has(c.name));
  const taken = new Set<string>();
  for (const control of controls) {
    for (const option of hotkeyOptions(control)) {
      const key = option.hotkey === undefined ? undefined : normalizeHotkey(option.hotkey);
      if (key !== undefined) taken.add(key);
    }
  }
  const free = AUTO_HOTKEYS.filter((k) => !taken.has(k));
  let next = 0;
  const out: HotkeyBinding[] = [];
  for (const control of controls) {
    for (const option of hotkeyOptions(control)) {
      const explicit = option.hotkey === undefined ? undefined : normalizeHotkey(option.hotkey);
      if (explicit !== undefined) {
        out.push({ control: control.name, value: option.value, key: explicit, explicit: true });
        continue;
      }
      const key = free[next++];
      if (key !== undefined)
        out.push({ control: control.name, value: option.value, key, explicit: false });
    }
  }
  return out;
}

/** A KeyboardEvent-like press → normalized hotkey (match on `key`, so non-QWERTY layouts work). */
export function pressedHotkey(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): string | undefined {
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('ctrl');
  if (event.altKey) parts.push('alt');
  // Shift is part of printable keys already ("?" vs "/"); only name it with other modifiers.
  if (event.shiftKey && (parts.length > 0 || event.key.length > 1)) parts.push('shift');
  return normalizeHotkey([...parts, event.key === ' ' ? 'space' : event.key].join('+'));
}
