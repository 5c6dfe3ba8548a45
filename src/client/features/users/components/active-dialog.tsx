import type { User } from '../../../../shared/api/users';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog } from '../../../components/dialog';
import { errorMessage } from '../../../lib/api-client';
import { useSetActive } from '../hooks/use-set-active';
import { displayName } from '../user-format';
import './user-dialogs.css';

export interface ActiveDialogProps {
  /** Whom to deactivate (when active) or reactivate (when not); `null` keeps the dialog shut. */
  user: User | null;
  onClose(): void;
  onDone(user: User): void;
}

/** Confirms deactivating or reactivating someone; it waits for the server before closing. */
export function ActiveDialog({ user, onClose, onDone }: ActiveDialogProps) {
  const setActive = useSetActive();
  const close = () => {
    setActive.reset();
    onClose();
  };
  const name = user ? displayName(user) : '';
  const deactivating = user?.is_active ?? true;
  const verb = deactivating ? 'Deactivate' : 'Reactivate';

  const confirm = () => {
    if (!user) return;
    setActive.mutate(
      { user, active: !deactivating },
      {
        onSuccess: (saved) => {
          setActive.reset();
          onDone(saved);
        },
      },
    );
  };

  return (
    <Dialog
      open={user !== null}
      title={`${verb} ${name}?`}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button
            variant={deactivating ? 'danger' : 'primary'}
            onClick={confirm}
            pending={setActive.isPending}
            pendingLabel={deactivating ? 'Deactivating…' : 'Reactivating…'}
          >
            {verb}
          </Button>
        </>
      }
    >
      <div className="dialog-text">
        {setActive.isError && <Alert>{errorMessage(setActive.error)}</Alert>}
        {deactivating ? (
          <>
            <p>{name} is signed out at once and can no longer sign in or use their API token.</p>
            <p>
              <strong>Their annotations are kept</strong>, with their name on them, and you can
              reactivate them at any time.
            </p>
          </>
        ) : (
          <p>
            {name} can sign in again with their existing password and API token. Their annotations
            were kept while they were away.
          </p>
        )}
      </div>
    </Dialog>
  );
}
