// How review screens word things: durations, dates, actions and people.
import type { LastAction } from '../../../shared/api/annotations';
import type { UserRef } from '../../../shared/api/common';
import type { ReviewAction } from '../../../shared/api/reviews';

/** `lead_time` in words a reviewer reads at a glance: "45 s", "2 min 5 s", "1 h 3 min". */
export function formatLeadTime(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'not recorded';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return s % 60 === 0 ? `${minutes} min` : `${minutes} min ${s % 60} s`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

const DATE_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatDateTime = (iso: string): string => DATE_TIME.format(new Date(iso));

/** `last_action` as a status a reviewer understands; null is an annotation never acted on. */
export const LAST_ACTION_LABELS: Readonly<Record<LastAction, string>> = {
  prediction: 'From a prediction',
  propagated_annotation: 'Propagated',
  imported: 'Imported',
  submitted: 'Submitted',
  updated: 'Updated',
  skipped: 'Skipped',
  accepted: 'Accepted',
  rejected: 'Rejected',
  fixed_and_accepted: 'Fixed and accepted',
  deleted_review: 'Review deleted',
};

export const lastActionLabel = (action: LastAction | null): string =>
  action === null ? 'No action yet' : LAST_ACTION_LABELS[action];

/** What a review did, in the past tense, for the history and the status line. */
export const REVIEW_ACTION_DONE: Readonly<Record<ReviewAction, string>> = {
  accept: 'Accepted',
  reject: 'Rejected',
  fix: 'Fixed and accepted',
};

/**
 * Label Studio's `created_username` is "First Last email, id": the name when there is one,
 * else the email.
 */
export function annotatorOf(createdUsername: string): string {
  const comma = createdUsername.lastIndexOf(',');
  const words = (comma === -1 ? createdUsername : createdUsername.slice(0, comma))
    .trim()
    .split(/\s+/);
  const email = words.pop() ?? '';
  return words.join(' ') || email || 'Unknown annotator';
}

export function personName(user: Pick<UserRef, 'first_name' | 'last_name' | 'email'>): string {
  const full = `${user.first_name} ${user.last_name}`.trim();
  return full || user.email;
}

export const formatScore = (score: number | null): string =>
  score === null ? 'no score' : score.toFixed(2);
