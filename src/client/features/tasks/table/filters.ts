import type { FilterItem, TaskFilters } from '../../../../shared/api/task-query';

/**
 * The task table's filters as the person picks them (and as the URL keeps them), mapped onto
 * the Data Manager filter grammar the server reads. All of them must hold (`and`).
 */
export interface FilterState {
  status?: 'labeled' | 'unlabeled' | 'skipped' | undefined;
  predictions?: 'yes' | 'no' | undefined;
  groundTruth?: 'yes' | 'no' | undefined;
  annotator?: number | undefined;
  /** Local calendar days, `YYYY-MM-DD`, both inclusive. */
  createdFrom?: string | undefined;
  createdTo?: string | undefined;
}

const item = (
  column: string,
  operator: FilterItem['operator'],
  type: NonNullable<FilterItem['type']>,
  value: unknown,
): FilterItem => ({ filter: `filter:tasks:${column}`, operator, type, value });

const STATUS: Record<NonNullable<FilterState['status']>, FilterItem> = {
  labeled: item('is_labeled', 'equal', 'Boolean', true),
  unlabeled: item('is_labeled', 'equal', 'Boolean', false),
  skipped: item('cancelled_annotations', 'greater', 'Number', 0),
};

const PREDICTIONS: Record<NonNullable<FilterState['predictions']>, FilterItem> = {
  yes: item('total_predictions', 'greater', 'Number', 0),
  no: item('total_predictions', 'equal', 'Number', 0),
};

const GROUND_TRUTH: Record<NonNullable<FilterState['groundTruth']>, FilterItem> = {
  yes: item('ground_truth', 'equal', 'Boolean', true),
  no: item('ground_truth', 'equal', 'Boolean', false),
};

/** Start of a local day as an ISO instant (the server compares in UTC). */
function startOfDay(day: string, plusDays = 0): string | null {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return null;
  return new Date(y, m - 1, d + plusDays).toISOString();
}

export function toFilters(state: FilterState): TaskFilters | null {
  const items: FilterItem[] = [];
  if (state.status) items.push(STATUS[state.status]);
  if (state.predictions) items.push(PREDICTIONS[state.predictions]);
  if (state.groundTruth) items.push(GROUND_TRUTH[state.groundTruth]);
  if (state.annotator !== undefined)
    items.push(item('annotators', 'in', 'List', [state.annotator]));
  const from = state.createdFrom ? startOfDay(state.createdFrom) : null;
  if (from) items.push(item('created_at', 'greater_or_equal', 'Datetime', from));
  const to = state.createdTo ? startOfDay(state.createdTo, 1) : null;
  if (to) items.push(item('created_at', 'less', 'Datetime', to));
  return items.length > 0 ? { conjunction: 'and', items } : null;
}

export const activeFilterCount = (state: FilterState) =>
  Object.values(state).filter((v) => v !== undefined && v !== '').length;
