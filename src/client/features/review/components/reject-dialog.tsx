import { useId, useState, type FormEvent } from 'react';
import { Button } from '../../../components/button';
import { Dialog } from '../../../components/dialog';

export interface RejectDialogProps {
  open: boolean;
  /** Whose work goes back, for the title. */
  annotatorName: string;
  pending: boolean;
  onClose(): void;
  /** Resolves true once the rejection is stored (the dialog then closes itself). */
  onReject(reason: string): Promise<boolean>;
}

/** A rejection always says why: the annotator gets the task back with this reason. */
export function RejectDialog({
  open,
  annotatorName,
  pending,
  onClose,
  onReject,
}: RejectDialogProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Give a reason: the annotator sees it with the task.');
      return;
    }
    // The outcome (stored, refused, conflict) is shown on the page behind.
    await onReject(reason.trim());
    setReason('');
    setError(null);
  };
  return (
    <Dialog
      open={open}
      title="Reject this annotation"
      onClose={close}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button
            variant="danger"
            type="submit"
            form={`${id}-form`}
            pending={pending}
            pendingLabel="Rejecting…"
          >
            Reject
          </Button>
        </>
      }
    >
      <form id={`${id}-form`} className="review-reject" onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted">The task goes back to {annotatorName}’s queue with your reason.</p>
        <label className="field__label" htmlFor={`${id}-reason`}>
          Reason
        </label>
        <textarea
          id={`${id}-reason`}
          className="field__input review-reject__reason"
          rows={4}
          required
          // The dialog opens to write the reason; the native <dialog> focuses what asks for it.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          value={reason}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setReason(event.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field__error">
            {error}
          </p>
        )}
      </form>
    </Dialog>
  );
}
