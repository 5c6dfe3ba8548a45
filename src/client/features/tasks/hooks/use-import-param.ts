import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';

const KEY = 'import';

/**
 * Whether the import dialog is open, kept in the URL (`?import=1`) so the project page's
 * "Import tasks" can link straight to it.
 */
export function useImportParam(): [open: boolean, setOpen: (open: boolean) => void] {
  const [params, setParams] = useSearchParams();
  const setOpen = useCallback(
    (open: boolean) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (open) next.set(KEY, '1');
          else next.delete(KEY);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [params.has(KEY), setOpen];
}
