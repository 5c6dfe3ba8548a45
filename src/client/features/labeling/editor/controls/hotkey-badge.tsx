import './controls.css';

/** The key that toggles an option; hidden from assistive tech, which gets aria-keyshortcuts. */
export function HotkeyBadge({ hotkey }: { hotkey: string | undefined }) {
  if (hotkey === undefined) return null;
  return (
    <kbd className="lc-kbd" aria-hidden="true">
      {hotkey}
    </kbd>
  );
}

/** `ctrl+shift+k` → `Control+Shift+K` for aria-keyshortcuts. */
export function ariaShortcut(hotkey: string | undefined): string | undefined {
  if (hotkey === undefined) return undefined;
  const names: Record<string, string> = { ctrl: 'Control', alt: 'Alt', shift: 'Shift' };
  return hotkey
    .split('+')
    .map((part) => names[part] ?? (part.length === 1 ? part.toUpperCase() : part))
    .join('+');
}
