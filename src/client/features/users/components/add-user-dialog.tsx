import { useId } from 'react';
import type { User } from '../../../../shared/api/users';
import { Button } from '../../../components/button';
import { Dialog } from '../../../components/dialog';
import { useCreateUser } from '../hooks/use-create-user';
import { AddUserForm } from './add-user-form';

export interface AddUserDialogProps {
  open: boolean;
  onClose(): void;
  onAdded(user: User): void;
}

export function AddUserDialog({ open, onClose, onAdded }: AddUserDialogProps) {
  const formId = useId();
  const create = useCreateUser();
  // The form unmounts on close (fresh fields next time); the mutation's error must go too.
  const close = () => {
    create.reset();
    onClose();
  };

  return (
    <Dialog
      open={open}
      title="Add user"
      onClose={close}
      footer={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button
            type="submit"
            form={formId}
            variant="primary"
            pending={create.isPending}
            pendingLabel="Adding…"
          >
            Add user
          </Button>
        </>
      }
    >
      <AddUserForm
        id={formId}
        serverError={create.error}
        onSubmit={(values) => {
          if (create.isPending) return;
          create.mutate(values, {
            onSuccess: (user) => {
              create.reset();
              onAdded(user);
            },
          });
        }}
      />
    </Dialog>
  );
}
