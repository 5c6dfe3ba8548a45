import { z } from 'zod';

/**
 * Task table queries (api-contract.md §10), in Label Studio's Data Manager grammar:
 * `filters={"conjunction":"and","items":[{"filter":"filter:tasks:total_annotations",
 * "operator":"greater","type":"Number","value":0}]}` and `ordering=["-tasks:created_at"]`.
 */
export const FILTER_OPERATORS = [
  'equal',
  'not_equal',
  'contains',
  'not_contains',
  'greater',
  'less',
  'greater_or_equal',
  'less_or_equal',
  'in',
  'not_in',
  'empty',
] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

export const FILTER_TYPES = ['Number', 'String', 'Boolean', 'Datetime', 'List', 'Unknown'] as const;

export const FilterItem = z.object({
  filter: z.string().regex(/^filter:tasks:.+$/, 'Must look like "filter:tasks:<column>".'),
  operator: z.enum(FILTER_OPERATORS),
  type: z.enum(FILTER_TYPES).optional(),
  value: z.unknown().optional(),
});
export type FilterItem = z.infer<typeof FilterItem>;

export const TaskFilters = z.object({
  conjunction: z.enum(['and', 'or']).default('and'),
  items: z.array(FilterItem).max(50),
});
export type TaskFilters = z.infer<typeof TaskFilters>;

/** Columns a filter or an ordering may name (`data.<key>` for any key of the task data). */
export const TASK_COLUMNS = [
  'id',
  'inner_id',
  'completed_at',
  'total_annotations',
  'cancelled_annotations',
  'total_predictions',
  'annotators',
  'ground_truth',
  'is_labeled',
  'created_at',
  'updated_at',
  'avg_lead_time',
] as const;
