import { z } from 'zod';

/** Datetime as the API writes it: ISO 8601, UTC, six fractional digits, `Z`. */
export const ApiDatetime = z.string().meta({ example: '2024-06-18T23:45:46.048490Z' });

/** Inputs accept any ISO 8601 form with a zone (or a plain date). */
export const DatetimeInput = z.union([z.iso.datetime({ offset: true, local: true }), z.iso.date()]);

/** Ids are PostgreSQL `integer`s: a larger number can name nothing (and would make the query fail). */
export const MAX_ID = 2_147_483_647;
export const Id = z.int().positive().max(MAX_ID);

/** Path parameter `{id}`: digits only, so `/api/tasks/abc` is a 404, not a 500. */
export const IdParam = z.object({ id: z.string().regex(/^\d{1,10}$/) });

/** Boolean query parameter: 1/0, true/false, yes/no, on/off, any case (api-contract.md §1). */
const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);
export const QueryBool = z
  .string()
  .refine((v) => TRUE.has(v.toLowerCase()) || FALSE.has(v.toLowerCase()), {
    message: 'Must be one of 1/0, true/false, yes/no, on/off.',
  })
  .transform((v) => TRUE.has(v.toLowerCase()));

export const QueryInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'A whole number is required.')
    .transform(Number)
    .pipe(z.int().min(min).max(max));

/** A user as embedded in other objects (`created_by`, `completed_by` on task detail). */
export const UserRef = z.object({
  id: Id,
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  avatar: z.string().nullable(),
});
export type UserRef = z.infer<typeof UserRef>;

/** JSON object with arbitrary keys (task data, meta). */
export const JsonObject = z.record(z.string(), z.unknown());
export type JsonObject = z.infer<typeof JsonObject>;

/** One item of a Label Studio `result` list; its inner shape is checked by the label-config engine. */
export const ResultItem = z.looseObject({});
export const Result = z.array(ResultItem);
export type ResultItem = z.infer<typeof ResultItem>;

/**
 * Read-only keys that Label Studio clients send back when they echo an object (GET, edit,
 * PUT). They are accepted and ignored, so such scripts keep working, while any other unknown
 * key is still a 400.
 */
export function ignoredKeys<const K extends readonly string[]>(keys: K) {
  return Object.fromEntries(keys.map((k) => [k, z.unknown().optional()])) as {
    [P in K[number]]: z.ZodOptional<z.ZodUnknown>;
  };
}
