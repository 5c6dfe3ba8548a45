// Lead time is *active* time on a task (Label Studio's `lead_time`, in seconds), not wall time:
// a task left open over lunch must not report an hour of work.
//
// The rule, chosen once and used everywhere:
// - An input (key, pointer, wheel, typing) starts activity, or extends it.
// - Time after the last input keeps counting until `idleMs` has passed without input; the clock
//   then stops at `lastInput + idleMs` (reading or thinking for less than the idle window is
//   work; longer is not). The next input starts a new span.
// - Hiding the tab stops the clock at once. Showing it again does not restart it: only an
//   input does (a tab brought to the front is not proof that someone is working).

/** No input for this long pauses the clock. */
export const DEFAULT_IDLE_MS = 60_000;

export interface ActivityClock {
  /** A user input at `nowMs`: starts or extends activity. */
  input(nowMs: number): void;
  /** The page was hidden: activity stops now. */
  hidden(nowMs: number): void;
  /** The page is visible again: nothing counts until the next input. */
  visible(nowMs: number): void;
  /** Active milliseconds since the previous `take` (or creation); resets that count. */
  take(nowMs: number): number;
  /** Active milliseconds not yet taken, without resetting. */
  peek(nowMs: number): number;
  /** Whether time is counting at `nowMs`. */
  isActive(nowMs: number): boolean;
}

export interface ActivityClockOptions {
  idleMs?: number;
}

export function createActivityClock(options: ActivityClockOptions = {}): ActivityClock {
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  /** Start of the current span, or null while paused. */
  let spanStart: number | null = null;
  let lastInput = 0;
  /** Closed spans not yet taken. */
  let banked = 0;

  /** Where the current span ends if nothing else happens: now, or the idle cut-off. */
  const spanEnd = (now: number) => Math.min(now, lastInput + idleMs);
  // Clocks can step backwards (NTP, sleep): a span never counts negative time.
  const length = (from: number, to: number) => Math.max(0, to - from);

  function closeSpan(now: number): void {
    if (spanStart === null) return;
    banked += length(spanStart, spanEnd(now));
    spanStart = null;
  }

  const isActive = (now: number) => spanStart !== null && now < lastInput + idleMs;

  return {
    input(now) {
      if (spanStart !== null && !isActive(now)) closeSpan(now);
      if (spanStart === null) spanStart = now;
      lastInput = Math.max(lastInput, now);
    },
    hidden(now) {
      closeSpan(now);
    },
    visible() {
      // Deliberately nothing: see the rule at the top of the file.
    },
    take(now) {
      const active = isActive(now);
      closeSpan(now);
      if (active) spanStart = now;
      const taken = banked;
      banked = 0;
      return taken;
    },
    peek(now) {
      return banked + (spanStart === null ? 0 : length(spanStart, spanEnd(now)));
    },
    isActive,
  };
}

/** Seconds as the API stores them: milliseconds precision, never negative. */
export function toLeadSeconds(ms: number): number {
  return Math.max(0, Math.round(ms)) / 1000;
}

/**
 * `lead_time` for an update: the server stores the new total the client sends (api-contract.md
 * §9), so the time spent now is added to what the annotation already carried.
 */
export function updatedLeadTime(previous: number | null, activeSeconds: number): number {
  return Math.round(((previous ?? 0) + Math.max(0, activeSeconds)) * 1000) / 1000;
}
