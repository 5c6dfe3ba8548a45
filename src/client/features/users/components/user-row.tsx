import { ROLE_LABELS, type User } from '../../../../shared/api/users';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { errorMessage } from '../../../lib/api-client';
import { useChangeRole } from '../hooks/use-change-role';
import { displayName, formatAgo, formatDate, formatDateTime } from '../user-format';
import { RoleSelect } from './role-select';

export type UserAction = 'password' | 'active';

export interface UserRowProps {
  user: User;
  /** The signed-in admin's own row: the server refuses a self-demotion or self-deactivation. */
  isSelf: boolean;
  onAction(action: UserAction, user: User): void;
}

export function UserRow({ user, isSelf, onAction }: UserRowProps) {
  const changeRole = useChangeRole();
  const name = displayName(user);
  const hasName = name !== user.email;
  // What the admin last asked for, so a failure names it after the select has rolled back.
  const attempted = changeRole.variables?.role;

  return (
    <tr className={user.is_active ? undefined : 'users-table__row--inactive'}>
      <th scope="row" className="users-table__name">
        <span>{hasName ? name : <span className="muted">No name</span>}</span>
        {isSelf && <Badge tone="accent">You</Badge>}
      </th>
      <td className="users-table__email">{user.email}</td>
      <td>
        {isSelf ? (
          <span>{ROLE_LABELS[user.role]}</span>
        ) : (
          <div className="users-table__role">
            <RoleSelect
              size="sm"
              aria-label={`Role of ${name}`}
              value={user.role}
              aria-busy={changeRole.isPending || undefined}
              onChange={(role) => changeRole.mutate({ user, role })}
            />
            {changeRole.isError && attempted && (
              <p className="users-table__error" role="alert">
                Could not make {name} {ROLE_LABELS[attempted].toLowerCase()}:{' '}
                {errorMessage(changeRole.error)}
              </p>
            )}
          </div>
        )}
      </td>
      <td>
        {user.is_active ? (
          <Badge tone="success">Active</Badge>
        ) : (
          <Badge tone="neutral">Deactivated</Badge>
        )}
      </td>
      <td className="users-table__when">
        {user.last_activity ? (
          <time dateTime={user.last_activity} title={formatDateTime(user.last_activity)}>
            {formatAgo(user.last_activity)}
          </time>
        ) : (
          <span className="muted">Never</span>
        )}
      </td>
      <td className="users-table__when">
        <time dateTime={user.date_joined}>{formatDate(user.date_joined)}</time>
      </td>
      <td>
        <div className="users-table__actions">
          {/* The label names the person: a column of identical "Deactivate" is ambiguous. */}
          <Button
            size="sm"
            aria-label={`Reset password for ${name}`}
            onClick={() => onAction('password', user)}
          >
            Reset password
          </Button>
          {!isSelf && (
            <Button
              size="sm"
              variant={user.is_active ? 'ghost' : 'secondary'}
              aria-label={`${user.is_active ? 'Deactivate' : 'Reactivate'} ${name}`}
              onClick={() => onAction('active', user)}
            >
              {user.is_active ? 'Deactivate' : 'Reactivate'}
            </Button>
          )}
        </div>
      </td>
    </tr>
  );
}
