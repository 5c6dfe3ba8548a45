import { useState } from 'react';
import type { User } from '../../../../shared/api/users';
import { Button } from '../../../components/button';
import { EmptyState } from '../../../components/empty-state';
import { TextField } from '../../../components/text-field';
import { matchesSearch } from '../user-format';
import type { UserAction } from './user-row';
import { UsersTable } from './users-table';
import './users-list.css';

export interface UsersListProps {
  users: readonly User[];
  selfId: number;
  onAction(action: UserAction, user: User): void;
}

/** The loaded list: a search box over name and email, and the table of what matches. */
export function UsersList({ users, selfId, onAction }: UsersListProps) {
  const [search, setSearch] = useState('');
  const query = search.trim();
  const shown = users.filter((user) => matchesSearch(user, query));

  return (
    <>
      <div className="users-toolbar">
        <TextField
          className="users-toolbar__search"
          label="Search users"
          type="search"
          placeholder="Name or email"
          autoComplete="off"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <p className="users-toolbar__count muted" role="status">
          {query ? `${shown.length} of ${users.length} users match` : countUsers(users)}
        </p>
      </div>
      {shown.length === 0 ? (
        <EmptyState
          title="No users match your search"
          description={<p>Nobody’s name or email contains “{query}”.</p>}
          action={<Button onClick={() => setSearch('')}>Clear search</Button>}
        />
      ) : (
        <UsersTable users={shown} selfId={selfId} onAction={onAction} />
      )}
    </>
  );
}

function countUsers(users: readonly User[]): string {
  const inactive = users.filter((user) => !user.is_active).length;
  const total = users.length === 1 ? '1 user' : `${users.length} users`;
  return inactive === 0 ? total : `${total}, ${inactive} deactivated`;
}
