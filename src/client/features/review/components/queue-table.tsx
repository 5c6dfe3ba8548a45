import { Link } from 'react-router-dom';
import type { ReviewQueueItem } from '../../../../shared/api/reviews';
import { Skeleton } from '../../../components/skeleton';
import { annotatorOf, formatDateTime, formatLeadTime, lastActionLabel } from '../review-format';

export interface QueueTableProps {
  items: readonly ReviewQueueItem[];
  /** The link that opens one annotation's review view (filters kept). */
  hrefOf(item: ReviewQueueItem): string;
}

export function QueueTable({ items, hrefOf }: QueueTableProps) {
  return (
    <div className="review-queue__scroll">
      <table className="review-queue__table">
        <caption className="visually-hidden">Annotations waiting for review, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Annotator</th>
            <th scope="col">Submitted</th>
            <th scope="col">Lead time</th>
            <th scope="col">Items</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={hrefOf(item)}>
                  Task {item.task}
                  <span className="visually-hidden">, annotation {item.id}</span>
                </Link>
              </th>
              <td>{annotatorOf(item.created_username)}</td>
              <td>{formatDateTime(item.created_at)}</td>
              <td>{formatLeadTime(item.lead_time)}</td>
              <td>{item.result_count}</td>
              <td>{lastActionLabel(item.last_action)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function QueueTableSkeleton() {
  return (
    <div className="review-queue__loading" aria-busy="true" aria-label="Loading the queue">
      {[0, 1, 2, 3].map((i) => (
        <Skeleton key={i} height="2.25rem" radius="md" />
      ))}
    </div>
  );
}
