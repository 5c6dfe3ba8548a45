import { z } from 'zod';

/** The one error body every non-2xx answer carries (api-contract.md §2), keys in this order. */
export const ErrorBody = z.object({
  id: z.string(),
  status_code: z.int(),
  version: z.string(),
  detail: z.string(),
  exc_info: z.null(),
  validation_errors: z.record(z.string(), z.array(z.string())).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Field path → messages; errors not tied to a field go under this key. */
export const NON_FIELD_ERRORS = 'non_field_errors';
export type ValidationErrors = Record<string, string[]>;

export const VALIDATION_ERROR_DETAIL = 'Validation error';
