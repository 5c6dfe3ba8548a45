import type { z } from 'zod';
import { NON_FIELD_ERRORS } from '../../../shared/api/errors';
import { errorMessage, isApiError } from '../../lib/api-client';

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

function pick<K extends string>(
  fields: readonly K[],
  messageFor: (field: K) => string | undefined,
): FieldErrors<K> {
  const out: FieldErrors<K> = {};
  for (const field of fields) {
    const message = messageFor(field);
    if (message) out[field] = message;
  }
  return out;
}

/** The first message per field from a failed parse with a shared schema. */
export function schemaFieldErrors<K extends string>(
  error: z.ZodError,
  fields: readonly K[],
): FieldErrors<K> {
  return pick(fields, (field) => error.issues.find((issue) => issue.path[0] === field)?.message);
}

/**
 * A failed write as the form shows it: 400 validation messages next to their fields (a
 * duplicate email under Email), anything else as one message above the form.
 */
export function serverFormErrors<K extends string>(
  error: unknown,
  fields: readonly K[],
): { fields: FieldErrors<K>; message: string | null } {
  if (!isApiError(error, 400) || Object.keys(error.validationErrors).length === 0) {
    return { fields: {}, message: error ? errorMessage(error) : null };
  }
  const v = error.validationErrors;
  const byField = pick(fields, (field) => v[field]?.[0]);
  const unplaced = Object.entries(v)
    .filter(([key]) => !(fields as readonly string[]).includes(key))
    .flatMap(([key, messages]) =>
      key === NON_FIELD_ERRORS ? messages : messages.map((m) => `${key}: ${m}`),
    );
  return { fields: byField, message: unplaced[0] ?? null };
}
