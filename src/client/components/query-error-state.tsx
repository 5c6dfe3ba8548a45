import { errorMessage, isApiError } from '../lib/api-client';
import { ErrorState } from './error-state';

interface FailedQuery {
  readonly error: unknown;
  readonly isFetching: boolean;
  refetch(): unknown;
}

/** A failed query in place: what went wrong, the request's reference, and Retry. */
export function QueryErrorState({ title, query }: { title: string; query: FailedQuery }) {
  return (
    <ErrorState
      title={title}
      message={errorMessage(query.error)}
      reference={isApiError(query.error) ? query.error.requestId : null}
      onRetry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );
}
