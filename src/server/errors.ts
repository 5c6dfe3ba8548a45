import {
  NON_FIELD_ERRORS,
  VALIDATION_ERROR_DETAIL,
  type ValidationErrors,
} from '../shared/api/errors';

/**
 * Every expected failure is thrown as an ApiError and turned into the contract's error body
 * in one place (app.ts). Anything else is a bug: logged with its trace, answered with a bare 500.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export const notFound = (model: string) =>
  new ApiError(404, `No ${model} matches the given query.`);
export const forbidden = () =>
  new ApiError(403, 'You do not have permission to perform this action.');
export const unauthenticated = () =>
  new ApiError(401, 'Authentication credentials were not provided.');
export const badRequest = (detail: string) => new ApiError(400, detail);

export const validationError = (errors: ValidationErrors) =>
  new ApiError(400, VALIDATION_ERROR_DETAIL, { validation_errors: errors });

export const fieldError = (field: string, message: string) =>
  validationError({ [field]: [message] });
export const nonFieldError = (message: string) => fieldError(NON_FIELD_ERRORS, message);
