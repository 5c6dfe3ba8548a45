import { z } from 'zod';
import { Id, MAX_ID } from './common';
import { TaskFilters } from './task-query';

/**
 * Data-manager actions, as Label Studio's task table runs them: `GET /api/dm/actions` lists
 * what the caller may run, `POST /api/dm/actions?id=<action>&project=<id>` runs one on a
 * selection of tasks.
 */
export const DM_ACTION_IDS = ['delete_tasks', 'delete_ground_truths'] as const;
export const DmActionId = z.enum(DM_ACTION_IDS);
export type DmActionId = z.infer<typeof DmActionId>;

/** One entry of `GET /api/dm/actions`. */
export const DmAction = z.object({
  id: DmActionId,
  title: z.string(),
  order: z.int(),
  /** Ask before running: `dialog.text` says what will happen. */
  dialog: z.object({ type: z.literal('confirm'), title: z.string(), text: z.string() }),
});
export type DmAction = z.infer<typeof DmAction>;
export const DmActionList = z.array(DmAction);

/** Tasks picked by hand, or every task matching the filters except some. */
export const DmSelection = z.discriminatedUnion('all', [
  z.strictObject({ all: z.literal(false), included: z.array(Id).max(1_000_000) }),
  z.strictObject({ all: z.literal(true), excluded: z.array(Id).max(1_000_000).default([]) }),
]);
export type DmSelection = z.input<typeof DmSelection>;

/** Label Studio sends the view's filters as an object; a JSON string is accepted too. */
const FiltersInput = z.union([
  TaskFilters,
  z.string().transform((raw, ctx) => {
    try {
      return TaskFilters.parse(JSON.parse(raw));
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Must be the filters JSON object.' });
      return z.NEVER;
    }
  }),
]);

/** Body of `POST /api/dm/actions`. With `all: true`, `filters` and `search` narrow the set. */
export const DmActionRequest = z.object({
  selectedItems: DmSelection,
  filters: FiltersInput.nullish(),
  /** [Margin] The task table's text search, so "all matching" means what the table shows. */
  search: z.string().max(1000).optional(),
  /** Accepted for Label Studio clients; the order does not change what an action does. */
  ordering: z.union([z.array(z.string().max(200)).max(10), z.string().max(1000)]).optional(),
  /** Label Studio's frontend repeats the project in the body; it must match the query's. */
  project: z.union([Id, z.string().regex(/^\d{1,10}$/)]).optional(),
});
export type DmActionRequest = z.input<typeof DmActionRequest>;

export const DmActionQuery = z.object({
  id: z.string().max(100),
  project: z
    .string()
    .regex(/^\d{1,10}$/, 'A project id is required.')
    .transform(Number)
    .pipe(z.int().min(1).max(MAX_ID)),
});

export const DmListQuery = DmActionQuery.pick({ project: true }).partial();

/** `POST /api/dm/actions` → 200. */
export const DmActionResult = z.object({
  processed_items: z.int(),
  detail: z.string(),
});
export type DmActionResult = z.infer<typeof DmActionResult>;
