// The review page's state lives in the URL: the queue's filters (so a filtered queue can be
// bookmarked or shared) and, in the review view, which annotation is open. Moving between
// annotations keeps the filters, so "next" stays within what the reviewer chose.
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { ReviewQueueFilters } from '../../../../shared/api/reviews';
import { parseId } from '../../../lib/paths';

/** What the filter form edits; dates are the `yyyy-mm-dd` of the reviewer's own day. */
export interface QueueFilterValues {
  annotator: string;
  label: string;
  from: string;
  to: string;
}

const FILTER_KEYS = [
  'annotator',
  'label',
  'from',
  'to',
] as const satisfies readonly (keyof QueueFilterValues)[];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A local calendar day's first or last instant, as the API's UTC datetime. */
function dayEdge(day: string, edge: 'start' | 'end'): string | undefined {
  if (!DATE.test(day)) return undefined;
  const at = new Date(`${day}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}`);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** The form's values → the API's filters; malformed values are left out rather than sent. */
export function toQueueFilters(values: QueueFilterValues): ReviewQueueFilters {
  const annotator = parseId(values.annotator || undefined);
  const label = values.label.trim();
  const after = dayEdge(values.from, 'start');
  const before = dayEdge(values.to, 'end');
  return {
    ...(annotator === null ? {} : { annotator }),
    ...(label ? { label } : {}),
    ...(after === undefined ? {} : { created_after: after }),
    ...(before === undefined ? {} : { created_before: before }),
  };
}

export interface OpenAnnotation {
  task: number;
  annotation: number;
}

export function useReviewParams() {
  const [params, setParams] = useSearchParams();
  const values: QueueFilterValues = {
    annotator: params.get('annotator') ?? '',
    label: params.get('label') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
  const key = FILTER_KEYS.map((k) => values[k]).join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is every value the filters read
  const filters = useMemo(() => toQueueFilters(values), [key]);
  const annotation = parseId(params.get('annotation') ?? undefined);
  const task = parseId(params.get('task') ?? undefined);

  /** The filters alone, as search params: the queue's URL. */
  const filterParams = () => {
    const next = new URLSearchParams();
    for (const k of FILTER_KEYS) if (values[k]) next.set(k, values[k]);
    return next;
  };

  return {
    values,
    filters,
    annotation,
    task,
    /** The queue with the same filters, as a link target. */
    queueHref: `?${filterParams().toString()}`,
    setFilters: (changed: QueueFilterValues) => {
      const next = new URLSearchParams();
      for (const k of FILTER_KEYS) if (changed[k]) next.set(k, changed[k]);
      setParams(next, { replace: true });
    },
    open: (target: OpenAnnotation) => {
      const next = filterParams();
      next.set('task', String(target.task));
      next.set('annotation', String(target.annotation));
      setParams(next);
    },
    backToQueue: () => setParams(filterParams()),
  };
}
