import { useCallback } from 'react';
import { useUrlPatch } from './use-url-patch';

const KEY = 'import';

/**
 * Whether the import dialog is open, kept in the URL (`?import=1`) so the project page's
 * "Import tasks" can link straight to it.
 */
export function useImportParam(): [open: boolean, setOpen: (open: boolean) => void] {
  const [params, update] = useUrlPatch();
  const setOpen = useCallback(
    (open: boolean) => update({ [KEY]: open ? '1' : undefined }),
    [update],
  );
  return [params.has(KEY), setOpen];
}
