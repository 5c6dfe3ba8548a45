import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog } from '../../../components/dialog';
import { errorMessage } from '../../../lib/api-client';
import { useResetToken } from '../hooks/use-reset-token';
import './user-dialogs.css';

export interface ResetTokenDialogProps {
  open: boolean;
  onClose(): void;
  onReset(): void;
}

export function ResetTokenDialog({ open, onClose, onReset }: ResetTokenDialogProps) {
  const reset = useResetToken();
  const close = () => {
    reset.reset();
    onClose();
  };
  const confirm = () => {
    if (reset.isPending) return;
    reset.mutate(undefined, {
      onSuccess: () => {
        reset.reset();
        onReset();
      },
    });
  };

  return (
    <Dialog
      open={open}
      title="Reset your API token?"
      onClose={close}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button
            variant="danger"
            onClick={confirm}
            pending={reset.isPending}
            pendingLabel="Resetting…"
          >
            Reset token
          </Button>
        </>
      }
    >
      <div className="dialog-text">
        {reset.isError && <Alert>{errorMessage(reset.error)}</Alert>}
        <p>
          <strong>The current token stops working at once.</strong> Every script, notebook and
          integration that uses it will get “Invalid token” until you give it the new one.
        </p>
        <p>Your browser session is not affected.</p>
      </div>
    </Dialog>
  );
}
