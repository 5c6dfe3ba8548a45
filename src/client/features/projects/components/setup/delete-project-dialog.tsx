import { useState } from 'react';
import type { Project } from '../../../../../shared/api/projects';
import { Alert } from '../../../../components/alert';
import { Button } from '../../../../components/button';
import { Dialog } from '../../../../components/dialog';
import { TextField } from '../../../../components/text-field';
import { errorMessage } from '../../../../lib/api-client';
import { formatNumber } from '../../project-format';

export interface DeleteProjectDialogProps {
  project: Project;
  open: boolean;
  pending: boolean;
  error: unknown;
  onClose(): void;
  onConfirm(): void;
}

const count = (n: number, one: string, many: string) =>
  `${formatNumber(n)} ${n === 1 ? one : many}`;

/** What goes with the project, from its stored counters. */
export function deletionSummary(project: Project): string {
  const parts = [
    count(project.task_number, 'task', 'tasks'),
    count(project.total_annotations_number, 'annotation', 'annotations'),
  ];
  if (project.skipped_annotations_number > 0) {
    parts.push(count(project.skipped_annotations_number, 'skipped task', 'skipped tasks'));
  }
  const last = parts.pop()!;
  return parts.length ? `${parts.join(', ')} and ${last}` : last;
}

/**
 * Typing the name is the safeguard: the button stays off until it matches, so a stray Enter or
 * a wrong tab cannot delete a project. Untitled projects are confirmed by their id.
 */
export function DeleteProjectDialog(props: DeleteProjectDialogProps) {
  const { project, open, pending, error, onClose, onConfirm } = props;
  const [typed, setTyped] = useState('');
  const expected = project.title.trim() || String(project.id);
  const what = project.title.trim() ? 'the project’s name' : 'the project’s id';
  const matches = typed.trim() === expected;
  const close = () => {
    setTyped('');
    onClose();
  };
  return (
    <Dialog
      open={open}
      title="Delete this project?"
      onClose={close}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button
            variant="danger"
            type="submit"
            form="delete-project-form"
            disabled={!matches}
            pending={pending}
            pendingLabel="Deleting…"
          >
            Delete project
          </Button>
        </>
      }
    >
      <form
        id="delete-project-form"
        className="delete-project"
        onSubmit={(event) => {
          event.preventDefault();
          if (matches && !pending) onConfirm();
        }}
      >
        <p>
          This deletes <strong>{expected}</strong> for good, with {deletionSummary(project)}. Export
          first if you need the labels.
        </p>
        {Boolean(error) && <Alert>{errorMessage(error)}</Alert>}
        <TextField
          label={`Type ${what} to confirm`}
          hint={expected}
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </form>
    </Dialog>
  );
}
