import type { z } from 'zod';
import { NON_FIELD_ERRORS } from '../../../../shared/api/errors';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { FORM_FIELDS, type FormField } from './project-form';

export type FieldErrors = Partial<Record<FormField, string>>;

const isFormField = (key: string): key is FormField =>
  (FORM_FIELDS as readonly string[]).includes(key);

/** The shared schema's first complaint per field, before anything is sent. */
export function clientFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '');
    if (isFormField(key)) out[key] ??= issue.message;
  }
  return out;
}

export interface SaveErrors {
  fields: FieldErrors;
  /** What belongs to no field on this screen (or a non-validation failure). */
  message: string | null;
}

/**
 * A failed save as the form shows it: 400 messages at their fields (the config refusal under
 * the config editor, in full), anything else as one message by the Save button.
 */
export function saveErrors(error: unknown): SaveErrors {
  if (!error) return { fields: {}, message: null };
  if (!isApiError(error, 400)) return { fields: {}, message: errorMessage(error) };
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const [key, messages] of Object.entries(error.validationErrors)) {
    if (isFormField(key)) fields[key] = messages.join('\n');
    else other.push(...(key === NON_FIELD_ERRORS ? messages : messages.map((m) => `${key}: ${m}`)));
  }
  const placed = Object.keys(fields).length > 0;
  return { fields, message: other[0] ?? (placed ? null : errorMessage(error)) };
}
