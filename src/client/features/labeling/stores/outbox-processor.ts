// Sends the outbox, oldest first, until the server confirms each entry. Transient failures
// (network, 5xx, 429, 401 until the user logs in again) wait with exponential backoff and are
// retried forever: the entry is the user's work. Answers that will not change on retry (400,
// 403, 404) mark the entry failed; a stale update (409) becomes a conflict for the user.
import type { QueryClient } from '@tanstack/react-query';
import type { Annotation } from '../../../../shared/api/annotations';
import { sameResult } from '../../../../shared/annotation/result-diff';
import {
  ApiError,
  NetworkError,
  UnexpectedResponseError,
  errorMessage,
  isApiError,
} from '../../../lib/api-client';
import {
  createAnnotation,
  fetchAnnotation,
  fromWireResult,
  updateAnnotation,
} from '../api/annotation-api';
import { streamQueries } from '../api/stream-queries';
import { taskQueries } from '../../../lib/task-queries';
import { draftActions } from './draft-store';
import type { OutboxEntry } from './outbox-persistence';
import { isOutboxHydrated, outboxActions, readOutbox, subscribeOutbox } from './outbox-store';

export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_MAX_MS = 60_000;
/** Project counters change with every submit; the projects feature owns this key prefix. */
const PROJECTS_KEY = ['projects'] as const;
const TRANSIENT_STATUSES = new Set([401, 408, 425, 429]);

export interface OutboxProcessorOptions {
  /** 0..1, for the jitter; tests pass a constant. */
  random?: () => number;
}

/** Delay before attempt `attempts + 1`: 1 s, 2 s, 4 s … capped at 60 s, less up to half. */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const exponential = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  // Jitter spreads the retries of many annotators coming back online at once.
  return Math.round(exponential * (0.5 + 0.5 * random()));
}

function isTransient(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (!(error instanceof ApiError)) return false;
  return error.status >= 500 || TRANSIENT_STATUSES.has(error.status);
}

function describe(error: unknown): string {
  const message = errorMessage(error);
  if (!(error instanceof ApiError)) return message;
  const details = Object.entries(error.validationErrors).map(
    ([path, messages]) => `${path}: ${messages.join(' ')}`,
  );
  return details.length ? `${message}: ${details.join('; ')}` : message;
}

/** A retried update whose first attempt did land sees its own write as "someone else's". */
function isOwnWrite(entry: OutboxEntry, current: Annotation): boolean {
  const { body } = entry;
  return (
    entry.attempts > 0 &&
    sameResult(fromWireResult(current.result), fromWireResult(body.result)) &&
    Math.abs((current.lead_time ?? 0) - body.lead_time) < 0.001 &&
    (body.was_cancelled === undefined || body.was_cancelled === current.was_cancelled)
  );
}

function send(entry: OutboxEntry): Promise<Annotation> {
  const { body } = entry;
  if (entry.kind === 'update') {
    if (entry.annotationId === undefined) throw new Error('An update entry names no annotation.');
    const update = { result: body.result, lead_time: body.lead_time };
    const payload =
      body.was_cancelled === undefined ? update : { ...update, was_cancelled: body.was_cancelled };
    return updateAnnotation(entry.annotationId, payload, entry.ifMatch ?? null);
  }
  return createAnnotation(entry.taskId, {
    unique_id: body.unique_id ?? entry.key,
    result: body.result,
    lead_time: body.lead_time,
    was_cancelled: body.was_cancelled ?? entry.kind === 'skip',
  });
}

let stopActive: (() => void) | null = null;

/**
 * Starts sending the outbox; returns `stop`. One processor per page: starting another stops
 * the previous one, so two never race on the same entry.
 */
export function startOutboxProcessor(
  queryClient: QueryClient,
  options: OutboxProcessorOptions = {},
): () => void {
  stopActive?.();
  const random = options.random ?? Math.random;
  let stopped = false;
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const confirmed = (entry: OutboxEntry, annotation: Annotation | null) => {
    const now = readOutbox().find((e) => e.key === entry.key);
    if (now && now.body !== entry.body) {
      // A newer edit replaced the body while this one was on its way: send that one next,
      // over the version just written.
      const ifMatch = annotation?.updated_at;
      outboxActions.entryChanged(entry.key, { attempts: 0, ...(ifMatch ? { ifMatch } : {}) });
    } else {
      outboxActions.entryRemoved(entry.key);
      draftActions.draftDiscarded(entry.taskId, entry.draftEditedAt);
    }
    void queryClient.invalidateQueries({ queryKey: taskQueries.detail(entry.taskId).queryKey });
    void queryClient.invalidateQueries({
      queryKey: streamQueries.history(entry.projectId).queryKey,
    });
    void queryClient.invalidateQueries({ queryKey: PROJECTS_KEY });
  };

  const retryLater = (entry: OutboxEntry, error: unknown) => {
    const attempts = entry.attempts + 1;
    const retryAfter = error instanceof ApiError ? error.retryAfter : null;
    const delay = retryAfter === null ? backoffDelay(attempts, random) : retryAfter * 1000;
    outboxActions.entryChanged(entry.key, {
      attempts,
      nextAttemptAt: Date.now() + delay,
      error: describe(error),
    });
  };

  const conflict = async (entry: OutboxEntry & { annotationId: number }) => {
    let current: Annotation;
    try {
      // The 409 body names the current version, but the client's error body drops unknown keys.
      current = await fetchAnnotation(entry.annotationId);
    } catch (error) {
      retryLater(entry, error);
      return;
    }
    if (isOwnWrite(entry, current)) return confirmed(entry, current);
    outboxActions.entryChanged(entry.key, {
      state: 'conflict',
      current,
      error: 'Someone else changed this annotation since you opened it.',
    });
    void queryClient.invalidateQueries({ queryKey: taskQueries.detail(entry.taskId).queryKey });
  };

  const attempt = async (entry: OutboxEntry) => {
    try {
      confirmed(entry, await send(entry));
    } catch (error) {
      if (error instanceof UnexpectedResponseError) return confirmed(entry, null); // 2xx: stored.
      if (isApiError(error, 409) && entry.annotationId !== undefined)
        return conflict({ ...entry, annotationId: entry.annotationId });
      if (isTransient(error)) return retryLater(entry, error);
      outboxActions.entryChanged(entry.key, {
        state: 'failed',
        attempts: entry.attempts + 1,
        error: describe(error),
      });
    }
  };

  const drain = async () => {
    while (!stopped && isOutboxHydrated()) {
      // Strict order: a waiting head holds the rest back, as their servers would fail alike.
      const head = readOutbox().find((e) => e.state === 'pending');
      if (!head || head.nextAttemptAt > Date.now()) return;
      await attempt(head);
    }
  };

  const scheduleNext = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const head = readOutbox().find((e) => e.state === 'pending');
    if (stopped || !head) return;
    timer = setTimeout(kick, Math.max(0, head.nextAttemptAt - Date.now()));
  };

  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    void (async () => {
      do {
        again = false;
        await drain();
      } while (again && !stopped);
      running = false;
      scheduleNext();
    })();
  }

  const onOnline = () => outboxActions.retriesDue(Date.now());
  const unsubscribe = subscribeOutbox(kick);
  window.addEventListener('online', onOnline);
  kick();

  const stop = () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('online', onOnline);
    if (stopActive === stop) stopActive = null;
  };
  stopActive = stop;
  return stop;
}
