import type { ReactNode } from 'react';
import type { User } from '../../../../shared/api/users';
import { Skeleton } from '../../../components/skeleton';
import { UserRow, type UserAction } from './user-row';
import './users-table.css';

const COLUMNS = ['Name', 'Email', 'Role', 'Status', 'Last activity', 'Joined', 'Actions'];

function Table({ children }: { children: ReactNode }) {
  return (
    // Wide tables scroll sideways on narrow screens (and at 200 % zoom) instead of squashing.
    <div className="users-table__scroll">
      <table className="users-table">
        <caption className="visually-hidden">Users</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export interface UsersTableProps {
  users: readonly User[];
  selfId: number;
  onAction(action: UserAction, user: User): void;
}

export function UsersTable({ users, selfId, onAction }: UsersTableProps) {
  return (
    <Table>
      {users.map((user) => (
        <UserRow key={user.id} user={user} isSelf={user.id === selfId} onAction={onAction} />
      ))}
    </Table>
  );
}

/** The table's shape while the list loads, so nothing jumps when it arrives. */
export function UsersTableSkeleton() {
  return (
    <div>
      <p role="status" className="visually-hidden">
        Loading users…
      </p>
      <div aria-hidden="true" className="users-table__skeleton">
        {Array.from({ length: 5 }, (_, row) => (
          <div key={row} className="users-table__skeleton-row">
            <Skeleton width="70%" />
            <Skeleton width="85%" />
            <Skeleton width="60%" height="1.75rem" radius="md" />
            <Skeleton width="4rem" height="1.25rem" radius="pill" />
            <Skeleton width="60%" />
            <Skeleton width="60%" />
            <Skeleton width="80%" height="1.75rem" radius="md" />
          </div>
        ))}
      </div>
    </div>
  );
}
