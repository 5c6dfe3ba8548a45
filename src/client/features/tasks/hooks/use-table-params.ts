import { useCallback, useMemo } from 'react';
import type { FilterState } from '../table/filters';
import { useUrlPatch } from './use-url-patch';

/**
 * The table's view lives in the URL (`?sort=-id&q=apple&status=labeled`), so a reload, the
 * Back button or a shared link shows the same tasks in the same order.
 */
const KEYS = {
  sort: 'sort',
  search: 'q',
  status: 'status',
  predictions: 'predictions',
  groundTruth: 'gt',
  annotator: 'annotator',
  createdFrom: 'from',
  createdTo: 'to',
} as const;

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((v) => v === value);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readFilters(params: URLSearchParams): FilterState {
  const annotator = Number(params.get(KEYS.annotator));
  const from = params.get(KEYS.createdFrom) ?? '';
  const to = params.get(KEYS.createdTo) ?? '';
  return {
    status: oneOf(params.get(KEYS.status), ['labeled', 'unlabeled', 'skipped'] as const),
    predictions: oneOf(params.get(KEYS.predictions), ['yes', 'no'] as const),
    groundTruth: oneOf(params.get(KEYS.groundTruth), ['yes', 'no'] as const),
    annotator: Number.isInteger(annotator) && annotator > 0 ? annotator : undefined,
    createdFrom: DAY.test(from) ? from : undefined,
    createdTo: DAY.test(to) ? to : undefined,
  };
}

export function useTableParams() {
  const [params, update] = useUrlPatch();
  const sort = params.get(KEYS.sort) ?? undefined;
  const search = params.get(KEYS.search) ?? '';
  const key = params.toString();
  // Rebuilt only when the URL changes, so the query key and memoized rows stay stable.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => readFilters(params), [key]);

  const setSort = useCallback(
    (value: string | undefined) => update({ [KEYS.sort]: value }),
    [update],
  );
  const setSearch = useCallback((value: string) => update({ [KEYS.search]: value }), [update]);
  const setFilters = useCallback(
    (next: FilterState) =>
      update(
        Object.fromEntries(
          (Object.keys(KEYS) as (keyof typeof KEYS)[])
            .filter((k): k is keyof FilterState => k !== 'sort' && k !== 'search')
            .map((k) => [KEYS[k], next[k]]),
        ),
      ),
    [update],
  );
  return { sort, search, filters, setSort, setSearch, setFilters };
}
