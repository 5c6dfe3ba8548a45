import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Project } from '../../../../../shared/api/projects';
import { Button } from '../../../../components/button';
import { paths } from '../../../../lib/paths';
import { useDeleteProject, useForgetProject } from '../../hooks/use-delete-project';
import { DeleteProjectDialog } from './delete-project-dialog';
import { SetupSection } from './setup-section';

export interface DeleteProjectSectionProps {
  project: Project;
  /** Lets the page go without asking about unsaved settings: the project is gone. */
  beforeLeave(): void;
}

export function DeleteProjectSection({ project, beforeLeave }: DeleteProjectSectionProps) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteProject();
  const forget = useForgetProject();
  const navigate = useNavigate();
  return (
    <SetupSection title="Delete project">
      <div className="delete-section">
        <p className="muted delete-section__text">
          Deletes the project with all its tasks, annotations, predictions and comments. This can’t
          be undone.
        </p>
        <Button variant="danger" onClick={() => setOpen(true)}>
          Delete project…
        </Button>
      </div>
      <DeleteProjectDialog
        project={project}
        open={open}
        pending={remove.isPending}
        error={remove.error}
        onClose={() => {
          remove.reset();
          setOpen(false);
        }}
        onConfirm={() =>
          remove.mutate(project.id, {
            onSuccess: async () => {
              beforeLeave();
              await navigate(paths.projects, { replace: true });
              forget(project.id);
            },
          })
        }
      />
    </SetupSection>
  );
}
