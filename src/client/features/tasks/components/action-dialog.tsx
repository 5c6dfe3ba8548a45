import type { DmAction, DmActionRequest } from '../../../../shared/api/dm-actions';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog } from '../../../components/dialog';
import { errorMessage } from '../../../lib/api-client';
import { useDmAction } from '../hooks/use-dm-action';

export interface ActionDialogProps {
  projectId: number;
  /** The action to confirm; null keeps the dialog closed. */
  action: DmAction | null;
  /** How many tasks it applies to, for the question. */
  count: number;
  body: DmActionRequest;
  onClose(): void;
  onDone(detail: string): void;
  onTasksChanged(): void;
}

export function ActionDialog({
  projectId,
  action,
  count,
  body,
  onClose,
  onDone,
  onTasksChanged,
}: ActionDialogProps) {
  const run = useDmAction(projectId, onTasksChanged);
  const close = () => {
    run.reset();
    onClose();
  };
  const tasks = `${count.toLocaleString()} ${count === 1 ? 'task' : 'tasks'}`;
  const destructive = action?.id === 'delete_tasks';
  return (
    <Dialog
      open={action !== null}
      title={action ? `${action.dialog.title}?` : 'Confirm'}
      onClose={close}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button
            variant={destructive ? 'danger' : 'primary'}
            pending={run.isPending}
            pendingLabel="Working…"
            onClick={() => {
              if (!action) return;
              run.mutate(
                { id: action.id, body },
                {
                  onSuccess: (result) => {
                    run.reset();
                    onDone(result.detail);
                  },
                },
              );
            }}
          >
            {action ? `${action.title}: ${tasks}` : 'Confirm'}
          </Button>
        </>
      }
    >
      {action && (
        <>
          <p>
            <strong>{tasks}</strong> selected. {action.dialog.text}
          </p>
          {run.isError && <Alert title="It did not work">{errorMessage(run.error)}</Alert>}
        </>
      )}
    </Dialog>
  );
}
