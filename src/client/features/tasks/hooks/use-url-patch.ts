import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

export type UrlPatch = Record<string, string | number | undefined>;

/**
 * Set some search parameters of the current URL and keep the rest, replacing the history
 * entry; an undefined or empty value removes its parameter.
 */
export function useUrlPatch(): [URLSearchParams, (patch: UrlPatch) => void] {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (patch: UrlPatch) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === undefined || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params, update];
}
