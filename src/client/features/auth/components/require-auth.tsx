import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ErrorState } from '../../../components/error-state';
import { Spinner } from '../../../components/spinner';
import { errorMessage } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { authQueries } from '../api/auth-queries';
import { SignedInUserContext } from '../hooks/use-signed-in-user';

/**
 * Lets signed-in users through (children, or the child routes) and sends everyone else to the
 * login page, remembering where they were going. Any 401 later clears the cached user, which
 * brings them back here.
 */
export function RequireAuth({ children }: { children?: ReactNode }) {
  const whoami = useQuery(authQueries.detail());
  const location = useLocation();

  if (whoami.data === undefined) {
    if (whoami.isError) {
      return (
        <div className="screen-center">
          <ErrorState
            title="Could not check your session"
            message={errorMessage(whoami.error)}
            onRetry={() => void whoami.refetch()}
            retrying={whoami.isFetching}
          />
        </div>
      );
    }
    return (
      <div className="screen-center">
        <Spinner size="lg" label="Checking your session…" />
      </div>
    );
  }

  if (whoami.data === null) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    const to =
      here === paths.home ? paths.login : `${paths.login}?next=${encodeURIComponent(here)}`;
    return <Navigate to={to} replace />;
  }

  return <SignedInUserContext value={whoami.data}>{children ?? <Outlet />}</SignedInUserContext>;
}
