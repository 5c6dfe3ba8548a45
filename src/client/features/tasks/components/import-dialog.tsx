import { useId } from 'react';
import { Button } from '../../../components/button';
import { Dialog } from '../../../components/dialog';
import { useImport } from '../hooks/use-import';
import { ImportForm } from './import-form';
import { ImportStatus } from './import-status';

export interface ImportDialogProps {
  projectId: number;
  open: boolean;
  onClose(): void;
  onTasksChanged(): void;
}

export function ImportDialog({ projectId, open, onClose, onTasksChanged }: ImportDialogProps) {
  const formId = useId();
  const { phase, start, reset } = useImport(projectId, onTasksChanged);
  const busy = phase.kind === 'uploading' || phase.kind === 'running';
  const over = phase.kind === 'done' || phase.kind === 'failed' || phase.kind === 'error';
  const close = () => {
    // A running import goes on on the server; closing only stops watching it.
    reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      title="Import tasks"
      onClose={close}
      wide
      footer={
        <>
          {over && <Button onClick={reset}>Import more</Button>}
          <Button onClick={close}>{over ? 'Done' : 'Cancel'}</Button>
          {phase.kind === 'idle' && (
            <Button type="submit" form={formId} variant="primary">
              Import
            </Button>
          )}
          {busy && (
            <Button variant="primary" pending pendingLabel="Importing…">
              Import
            </Button>
          )}
        </>
      }
    >
      {phase.kind === 'idle' ? (
        <ImportForm id={formId} onSubmit={(source, partial) => start({ source, partial })} />
      ) : (
        <ImportStatus phase={phase} />
      )}
    </Dialog>
  );
}
