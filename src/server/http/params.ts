import { z } from 'zod';
import { MAX_ID } from '../../shared/api/common';

/** `{id}` path parameter: digits within the id range, so `/api/tasks/abc` or `/99999999999` is a clean 404. */
export const IdParams = z.object({
  id: z
    .string()
    .regex(/^\d{1,10}$/)
    .transform(Number)
    .pipe(z.int().max(MAX_ID)),
});
