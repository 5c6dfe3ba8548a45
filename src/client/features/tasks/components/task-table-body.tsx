import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { TaskList } from '../../../../shared/api/task-detail';
import { Button } from '../../../components/button';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { Skeleton } from '../../../components/skeleton';
import { errorMessage } from '../../../lib/api-client';
import { TaskTable, type TaskTableProps } from './task-table';
import { QueryErrorState } from '../../../components/query-error-state';

export interface TaskTableBodyProps extends Omit<
  TaskTableProps,
  'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'
> {
  query: UseInfiniteQueryResult<InfiniteData<TaskList>>;
  /** A filter or search is narrowing the list (an empty list then means "no match"). */
  filtered: boolean;
  onClearFilters(): void;
  /** Open the import dialog, when the caller may import. */
  onImport?: (() => void) | undefined;
}

/** The table, or what stands in its place: loading, a load error with retry, nothing to show. */
export function TaskTableBody(props: TaskTableBodyProps) {
  const { query, filtered, onClearFilters, onImport, ...table } = props;
  if (query.isPending) {
    return (
      <div className="task-table__scroll" aria-busy="true">
        <p role="status" className="visually-hidden">
          Loading tasks…
        </p>
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="task-table__skeleton-row" aria-hidden="true">
            <Skeleton height="1rem" />
          </div>
        ))}
      </div>
    );
  }
  if (query.isError && !query.data) {
    return <QueryErrorState title="Could not load the tasks" query={query} />;
  }
  if (table.rows.length === 0) {
    return filtered ? (
      <EmptyState
        title="No tasks match"
        description={<p>Change the search or the filters to see more.</p>}
        action={<Button onClick={onClearFilters}>Clear search and filters</Button>}
      />
    ) : (
      <EmptyState
        title="No tasks yet"
        description={<p>Import a file of tasks to start.</p>}
        action={
          onImport && (
            <Button variant="primary" onClick={onImport}>
              Import tasks
            </Button>
          )
        }
      />
    );
  }
  return (
    <>
      <TaskTable
        {...table}
        hasNextPage={query.hasNextPage && !query.isFetchNextPageError}
        isFetchingNextPage={query.isFetchingNextPage}
        fetchNextPage={() => void query.fetchNextPage()}
      />
      {query.isFetchNextPageError && (
        <ErrorState
          title="Could not load more tasks"
          message={errorMessage(query.error)}
          onRetry={() => void query.fetchNextPage()}
          retrying={query.isFetchingNextPage}
        />
      )}
    </>
  );
}
