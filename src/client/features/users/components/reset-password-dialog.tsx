import { useId } from 'react';
import type { User } from '../../../../shared/api/users';
import { Button } from '../../../components/button';
import { Dialog } from '../../../components/dialog';
import { useResetPassword } from '../hooks/use-reset-password';
import { displayName } from '../user-format';
import { NewPasswordForm } from './new-password-form';
import { CopyButton } from './copy-button';
import './secret-box.css';
import './user-dialogs.css';

export interface ResetPasswordDialogProps {
  /** Whose password to set; `null` keeps the dialog shut. */
  user: User | null;
  /** The signed-in admin: their own other sessions stay signed in. */
  selfId: number;
  onClose(): void;
}

/**
 * Two steps in one dialog: choose a password, then see it once to copy and hand over. The
 * password lives only in the mutation's variables and is dropped when the dialog closes.
 */
export function ResetPasswordDialog({ user, selfId, onClose }: ResetPasswordDialogProps) {
  const formId = useId();
  const reset = useResetPassword();
  const close = () => {
    reset.reset();
    onClose();
  };
  const name = user ? displayName(user) : '';
  const saved = reset.isSuccess ? reset.variables.password : null;

  return (
    <Dialog
      open={user !== null}
      title={`Reset password for ${name}`}
      onClose={close}
      footer={
        saved === null ? (
          <>
            <Button onClick={close}>Cancel</Button>
            <Button
              type="submit"
              form={formId}
              variant="primary"
              pending={reset.isPending}
              pendingLabel="Saving…"
            >
              Set password
            </Button>
          </>
        ) : (
          <Button variant="primary" onClick={close}>
            Done
          </Button>
        )
      }
    >
      {saved === null ? (
        <NewPasswordForm
          id={formId}
          serverError={reset.error}
          onSubmit={(password) => {
            if (user && !reset.isPending) reset.mutate({ userId: user.id, password });
          }}
        />
      ) : (
        <div className="dialog-text">
          <p role="status">
            The password was changed.
            {user?.id !== selfId && ` ${name} is signed out everywhere and must use it next time.`}
          </p>
          <div className="secret-box">
            <code>{saved}</code>
            <CopyButton text={saved}>Copy password</CopyButton>
          </div>
          <p className="muted">
            Copy it now and pass it on privately: it is not stored anywhere you can see it again.
          </p>
        </div>
      )}
    </Dialog>
  );
}
