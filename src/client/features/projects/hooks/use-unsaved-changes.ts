import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router-dom';

/**
 * Guards unsaved edits: in-app navigation is held for a confirmation (the returned blocker),
 * and closing or reloading the tab gets the browser's own prompt. `allowNextNavigation` lets a
 * save or delete leave the page before the form has re-rendered as clean.
 */
export function useUnsavedChanges(dirty: boolean) {
  const allowed = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !allowed.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return {
    blocker,
    allowNextNavigation: () => {
      allowed.current = true;
    },
  };
}
