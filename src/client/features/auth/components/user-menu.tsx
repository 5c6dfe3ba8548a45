import { useEffect, useId, useRef, useState } from 'react';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { ROLE_LABELS } from '../../../../shared/api/users';
import { errorMessage } from '../../../lib/api-client';
import { useLogout } from '../hooks/use-logout';
import { useSignedInUser } from '../hooks/use-signed-in-user';
import './user-menu.css';

/** The signed-in user's initials; opens a small panel with who they are and Sign out. */
export function UserMenu() {
  const user = useSignedInUser();
  const logoutMutation = useLogout();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const fullName = [user.first_name, user.last_name].filter(Boolean).join(' ');

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div
      className="user-menu"
      ref={rootRef}
      onBlur={(event) => {
        // Tabbing out of the panel closes it, like a native disclosure menu.
        if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="user-menu__trigger"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="user-menu__avatar" aria-hidden="true">
          {user.initials || '?'}
        </span>
        <span className="user-menu__email">{user.email}</span>
        <span className="visually-hidden">Account menu for {fullName || user.email}</span>
      </button>
      <div id={panelId} className="user-menu__panel" hidden={!open}>
        <div className="user-menu__who">
          {fullName && <p className="user-menu__name">{fullName}</p>}
          <p className="user-menu__address">{user.email}</p>
          <Badge tone="accent">{ROLE_LABELS[user.role]}</Badge>
        </div>
        {logoutMutation.isError && (
          <p className="user-menu__error" role="alert">
            Could not sign out. {errorMessage(logoutMutation.error)}
          </p>
        )}
        <Button
          block
          variant="secondary"
          onClick={() => logoutMutation.mutate()}
          pending={logoutMutation.isPending}
          pendingLabel="Signing out…"
        >
          Sign out
        </Button>
      </div>
    </div>
  );
}
