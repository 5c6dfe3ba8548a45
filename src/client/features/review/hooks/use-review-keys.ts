// The review view's single-key actions (A, R, F, G) as one list: it drives the key handling,
// the hints on the buttons and the on-screen key hint, so they cannot disagree.
import { useEffect, useLayoutEffect, useRef } from 'react';

export interface ReviewKeyAction {
  id: string;
  /** What the hint says the key does. */
  label: string;
  /** One lowercase letter, matched on `KeyboardEvent.key` (the key labelled so on any layout). */
  key: string;
  enabled: boolean;
  run(): void;
}

/** Fields where a letter is text, not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('textarea, select')) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(target.type)
  );
}

/** A modal dialog owns the keyboard; the page behind it must not react to letters. */
const modalOpen = () => document.querySelector('dialog[open]') !== null;

export function useReviewKeys(actions: readonly ReviewKeyAction[]): void {
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.repeat) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || modalOpen()) return;
      const action = latest.current.find((a) => a.key === event.key.toLowerCase());
      if (!action?.enabled) return;
      event.preventDefault();
      action.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
