import type { z } from 'zod';
import { NON_FIELD_ERRORS, type ValidationErrors } from '../../shared/api/errors';

/** A zod path as the contract writes it: `result[3].value.end`. */
export function fieldPath(path: readonly PropertyKey[], prefix = ''): string {
  return path.reduce<string>(
    (acc, part) =>
      typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part),
    prefix,
  );
}

/** zod issues → the contract's `validation_errors` map. */
export function zodToValidationErrors(error: z.ZodError, prefix = ''): ValidationErrors {
  const out: ValidationErrors = {};
  const add = (key: string, message: string) => (out[key || NON_FIELD_ERRORS] ??= []).push(message);
  for (const issue of error.issues) {
    const key = fieldPath(issue.path, prefix);
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) add(key ? `${key}.${k}` : k, 'Unknown field.');
    } else {
      add(key, humanMessage(issue));
    }
  }
  return out;
}

function humanMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'This field is required.';
    if (issue.input === null) return 'This field may not be null.';
    return `Expected ${issue.expected}, got ${describe(issue.input)}.`;
  }
  return issue.message || 'Invalid value.';
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'number' && !Number.isInteger(v)) return 'a decimal number';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
