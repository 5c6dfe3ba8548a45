import { z } from 'zod';

/** `{id}` path parameter: digits only, so `/api/tasks/abc` is a clean 404. */
export const IdParams = z.object({ id: z.string().regex(/^\d{1,15}$/).transform(Number) });
