// Wires the activity clock (shared/annotation/lead-time.ts) to the page and banks its time in
// the draft store, which persists it: lead time adds up across reloads of the same task.
import { useEffect } from 'react';
import {
  createActivityClock,
  toLeadSeconds,
  type ActivityClock,
} from '../../../../shared/annotation/lead-time';
import { draftActions, readActiveSeconds } from '../stores/draft-store';

/** Banked often enough that a crash loses at most a second of lead time. */
export const FLUSH_INTERVAL_MS = 1_000;
/** Pointer moves arrive per frame; one per second is plenty to say "still here". */
const MOVE_THROTTLE_MS = 1_000;

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'input'] as const;

/** Clocks of the tasks open right now, so `readLeadTime` can add what is not banked yet. */
const liveClocks = new Map<number, ActivityClock>();

/**
 * Counts active time on `taskId` while it is open (null: nothing open). Opening the task counts
 * as an input: the annotator starts reading it at once.
 */
export function useActiveTime(taskId: number | null): void {
  useEffect(() => {
    if (taskId === null) return;
    const clock = createActivityClock();
    liveClocks.set(taskId, clock);
    let lastMove = -Infinity;

    const flush = () => {
      const ms = clock.take(Date.now());
      if (ms > 0) draftActions.activeTimeAdded(taskId, toLeadSeconds(ms));
    };
    const onInput = () => clock.input(Date.now());
    const onMove = () => {
      const now = Date.now();
      if (now - lastMove < MOVE_THROTTLE_MS) return;
      lastMove = now;
      clock.input(now);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        clock.hidden(Date.now());
        flush();
      } else {
        clock.visible(Date.now());
      }
    };
    const onPageHide = () => {
      clock.hidden(Date.now());
      flush();
    };

    if (document.visibilityState !== 'hidden') clock.input(Date.now());
    const options = { capture: true, passive: true } as const;
    for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, options);
    document.addEventListener('pointermove', onMove, options);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    const timer = setInterval(flush, FLUSH_INTERVAL_MS);

    return () => {
      clearInterval(timer);
      for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, options);
      document.removeEventListener('pointermove', onMove, options);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
      flush();
      if (liveClocks.get(taskId) === clock) liveClocks.delete(taskId);
    };
  }, [taskId]);
}

/** Lead time of the current editing round in seconds: banked plus not yet banked. */
export function readLeadTime(taskId: number): number {
  const unbanked = liveClocks.get(taskId)?.peek(Date.now()) ?? 0;
  return toLeadSeconds(readActiveSeconds(taskId) * 1000 + unbanked);
}
