import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { User } from '../../../../shared/api/users';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { EmptyState } from '../../../components/empty-state';
import { Page } from '../../../components/page';
import { userQueries } from '../api/user-queries';
import { displayName } from '../user-format';
import { ActiveDialog } from './active-dialog';
import { AddUserDialog } from './add-user-dialog';
import { ResetPasswordDialog } from './reset-password-dialog';
import type { UserAction } from './user-row';
import { UsersList } from './users-list';
import { UsersTableSkeleton } from './users-table';
import './users-page.css';
import { QueryErrorState } from '../../../components/query-error-state';

export interface UsersPageProps {
  /** The signed-in admin: their own row offers neither demotion nor deactivation. */
  selfId: number;
}

interface OpenAction {
  action: UserAction;
  user: User;
}

/**
 * Admins manage the team here: who exists, their role, whether they may sign in. The dialogs
 * stay mounted and open on demand, so closing one puts focus back on the button that opened it.
 */
export function UsersPage({ selfId }: UsersPageProps) {
  const users = useQuery(userQueries.list());
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<OpenAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const target = (action: UserAction) => (open?.action === action ? open.user : null);
  const onAction = (action: UserAction, user: User) => {
    setNotice(null);
    setOpen({ action, user });
  };

  let content: ReactNode;
  if (users.isPending) {
    content = <UsersTableSkeleton />;
  } else if (users.isError) {
    content = <QueryErrorState title="Could not load users" query={users} />;
  } else if (users.data.length === 0) {
    content = (
      <EmptyState
        title="No users yet"
        description={<p>Add the people who label and review; each gets their own sign-in.</p>}
      />
    );
  } else {
    content = <UsersList users={users.data} selfId={selfId} onAction={onAction} />;
  }

  return (
    <Page
      title="Users"
      description={<p>Who can sign in, and what their role lets them do.</p>}
      actions={
        <Button variant="primary" onClick={() => setAdding(true)}>
          Add user
        </Button>
      }
    >
      <div className="users-page">
        {notice && <Alert tone="info">{notice}</Alert>}
        {content}
      </div>
      <AddUserDialog
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(user) => {
          setAdding(false);
          setNotice(`${displayName(user)} was added. Share the initial password with them.`);
        }}
      />
      <ActiveDialog
        user={target('active')}
        onClose={() => setOpen(null)}
        onDone={(user) => {
          setOpen(null);
          setNotice(`${displayName(user)} was ${user.is_active ? 'reactivated' : 'deactivated'}.`);
        }}
      />
      <ResetPasswordDialog
        user={target('password')}
        selfId={selfId}
        onClose={() => setOpen(null)}
      />
    </Page>
  );
}
