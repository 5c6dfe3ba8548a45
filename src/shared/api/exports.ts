import { z } from 'zod';
import { MAX_ID, QueryBool } from './common';

/** Export formats of `GET /api/projects/{id}/export` (api-contract.md §8). */
export const EXPORT_TYPES = ['JSON', 'JSON_MIN', 'CSV', 'TSV'] as const;
export const ExportType = z.enum(EXPORT_TYPES);
export type ExportType = z.infer<typeof ExportType>;

/** One entry of `GET /api/projects/{id}/export/formats`. */
export const ExportFormat = z.object({
  name: ExportType,
  title: z.string(),
  description: z.string(),
});
export type ExportFormat = z.infer<typeof ExportFormat>;

/**
 * Task ids to export: `ids[]=1&ids[]=2`, `ids=1&ids=2` or `ids=1,2` (any mix). Each must be a
 * whole number in the id range; empty items (`ids=1,,2`, a trailing comma) are ignored.
 */
export const ExportIds = z.union([z.string(), z.array(z.string())]).transform((v, ctx) => {
  const parts = (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(','));
  const ids: number[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    const n = /^\d{1,10}$/.test(part) ? Number(part) : NaN;
    if (!(n >= 1 && n <= MAX_ID)) {
      ctx.addIssue({ code: 'custom', message: `"${part.slice(0, 40)}" is not a valid task id.` });
      return z.NEVER;
    }
    ids.push(n);
  }
  return ids;
});

/**
 * Query of the export endpoint. `export_type` is the official SDK's spelling of `exportType`;
 * `ids[]` and `ids` are the same list. Unknown parameters are ignored (Label Studio clients send
 * `download_resources` and the like).
 */
export const ExportQuery = z.object({
  exportType: ExportType.optional(),
  export_type: ExportType.optional(),
  download_all_tasks: QueryBool.optional(),
  include_drafts: QueryBool.optional(),
  include_predictions: QueryBool.optional(),
  ids: ExportIds.optional(),
  'ids[]': ExportIds.optional(),
});
export type ExportQuery = z.output<typeof ExportQuery>;
