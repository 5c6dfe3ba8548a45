import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { Button } from '../components/button';
import { ErrorState } from '../components/error-state';
import { useDocumentTitle } from '../lib/use-document-title';

/** A failed lazy import usually means a new version was deployed under the open tab. */
function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(
      error.message,
    )
  );
}

/** Last line of defence for errors thrown while rendering or loading a route. */
export function RouteErrorPage() {
  const error = useRouteError();
  useDocumentTitle('Error');
  if (import.meta.env.DEV) console.error(error);

  const message = isChunkLoadError(error)
    ? 'Part of the app could not be loaded, probably because a new version was just released.'
    : isRouteErrorResponse(error)
      ? `${error.status} ${error.statusText}`
      : 'An unexpected error stopped this page from rendering.';

  return (
    <main className="screen-center">
      <ErrorState title="Something went wrong" message={message}>
        <Button variant="primary" onClick={() => window.location.reload()}>
          Reload the page
        </Button>
      </ErrorState>
    </main>
  );
}
