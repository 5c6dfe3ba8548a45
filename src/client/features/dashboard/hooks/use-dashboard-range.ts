import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  choiceFromParams,
  paramsOfChoice,
  rangeOfChoice,
  type RangeChoice,
} from '../dashboard-range';

/** The date range lives in the URL, so a link, a reload or Back shows the same figures. */
export function useDashboardRange() {
  const [params, setParams] = useSearchParams();
  const choice = useMemo(() => choiceFromParams(params), [params]);
  const range = useMemo(() => rangeOfChoice(choice), [choice]);
  const choose = useCallback((next: RangeChoice) => setParams(paramsOfChoice(next)), [setParams]);
  return { choice, range, choose };
}
