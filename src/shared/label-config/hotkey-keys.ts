// Hotkey strings: normalisation and the keys a config may not take (label-config.md §5).

const MODIFIER_ALIASES: Readonly<Record<string, string>> = {
  ctrl: 'ctrl',
  control: 'ctrl',
  // Editor keys are "Ctrl/Cmd", so Cmd and Ctrl collide alike.
  cmd: 'ctrl',
  command: 'ctrl',
  meta: 'ctrl',
  mod: 'ctrl',
  alt: 'alt',
  option: 'alt',
  shift: 'shift',
};
const MODIFIER_ORDER = ['ctrl', 'alt', 'shift'];
const KEY_ALIASES: Readonly<Record<string, string>> = {
  esc: 'escape',
  del: 'delete',
  return: 'enter',
  ' ': 'space',
  spacebar: 'space',
};

/** `Shift+Ctrl+Z` → `ctrl+shift+z`; undefined when there is no key part. */
export function normalizeHotkey(hotkey: string): string | undefined {
  const trimmed = hotkey.trim().toLowerCase();
  // A trailing "+" is the plus key itself: "ctrl++" is ctrl and plus.
  const plusKey = trimmed.endsWith('+');
  const parts = (plusKey ? trimmed.slice(0, -1) : trimmed).split('+').map((p) => p.trim());
  const modifiers = new Set<string>();
  let key: string | undefined = plusKey ? '+' : undefined;
  for (const part of parts) {
    const modifier = MODIFIER_ALIASES[part];
    if (modifier) modifiers.add(modifier);
    else if (part !== '' && !plusKey) key = KEY_ALIASES[part] ?? part;
  }
  if (key === undefined) return undefined;
  return [...MODIFIER_ORDER.filter((m) => modifiers.has(m)), key].join('+');
}

/** Editor actions (defaults); a config hotkey on one of these is an error. */
export const EDITOR_KEYS: ReadonlyMap<string, string> = new Map([
  ['ctrl+enter', 'submit'],
  ['ctrl+space', 'skip'],
  ['ctrl+z', 'undo'],
  ['ctrl+shift+z', 'redo'],
  ['backspace', 'delete region'],
  ['delete', 'delete region'],
  ['escape', 'unselect'],
  ['alt+.', 'next region'],
  ['alt+,', 'previous region'],
  ['alt+l', 'link regions'],
  ['alt+=', 'zoom in'],
  ['alt+-', 'zoom out'],
  ['alt+0', 'reset zoom'],
  ['alt+[', 'turn image left'],
  ['alt+]', 'turn image right'],
  ['?', 'cheat sheet'],
  ['shift+?', 'cheat sheet'],
  ['shift+/', 'cheat sheet'],
]);

const BROWSER_CTRL_KEYS = 'tabwrlfnpsdhjkoqucvxa0123456789+-=';

/** Browser/OS shortcuts hotkeys must never shadow. */
export function isBrowserShortcut(normalized: string): boolean {
  if (/^f\d{1,2}$/.test(normalized)) return true;
  if (normalized === 'alt+arrowleft' || normalized === 'alt+arrowright') return true;
  const m = /^ctrl\+(?:shift\+)?(.+)$/.exec(normalized);
  if (!m || m[1] === undefined) return false;
  return m[1] === 'tab' || (m[1].length === 1 && BROWSER_CTRL_KEYS.includes(m[1]));
}

/** Keys the automatic assignment hands out, in order (label-config.md §5). */
export const AUTO_HOTKEYS: readonly string[] = [
  ...'1234567890'.split(''),
  ...'abcdefghijklmnopqrstuvwxyz'.split(''),
];
