// KeyboardEvent → the normalized hotkey strings it may mean. Letters and digits match on
// `event.key`, so the cheat sheet's "Ctrl+Z" is the key labelled Z on any layout; with Alt
// held, macOS turns `key` into a symbol (Alt+. → "≥"), so the physical key (`code`) is tried too.
import { pressedHotkey } from '../../../../shared/annotation/hotkeys';

const CODE_KEYS: Readonly<Record<string, string>> = {
  Period: '.',
  Comma: ',',
  Equal: '=',
  Minus: '-',
  BracketLeft: '[',
  BracketRight: ']',
  Slash: '/',
  Space: ' ',
  Enter: 'Enter',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Escape: 'Escape',
};

function keyOfCode(code: string): string | undefined {
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^Digit\d$/.test(code)) return code.slice(5);
  return CODE_KEYS[code];
}

export function hotkeysOf(event: KeyboardEvent): string[] {
  const out: string[] = [];
  const byKey = pressedHotkey(event);
  if (byKey) out.push(byKey);
  const physical = keyOfCode(event.code);
  if (physical && (event.altKey || event.ctrlKey || event.metaKey)) {
    const byCode = pressedHotkey({ ...pick(event), key: physical });
    if (byCode && !out.includes(byCode)) out.push(byCode);
  }
  return out;
}

const pick = (e: KeyboardEvent) => ({
  ctrlKey: e.ctrlKey,
  metaKey: e.metaKey,
  altKey: e.altKey,
  shiftKey: e.shiftKey,
});

/** Typing targets: hotkeys never fire there (label-config.md §5). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(
    target.type,
  );
}
