// The setup form's state and its Save: checked with the shared schema and the config engine
// before anything is sent; a create opens the new project, an update stays and resets the form
// to what the server stored (instructions come back sanitized).
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ProjectWrite, type Project } from '../../../../shared/api/projects';
import { parseLabelConfig } from '../../../../shared/label-config/parse';
import { paths } from '../../../lib/paths';
import { clientFieldErrors, saveErrors, type FieldErrors } from '../setup/form-errors';
import {
  NEW_PROJECT_VALUES,
  formValuesOf,
  isDirty,
  writeBody,
  type FormField,
  type ProjectFormValues,
} from '../setup/project-form';
import { useSaveProject } from './use-save-project';
import { useUnsavedChanges } from './use-unsaved-changes';

export type SaveNotice = 'saved' | 'unchanged' | 'config-invalid' | null;

export function useProjectForm(project: Project | undefined) {
  const navigate = useNavigate();
  const [baseline, setBaseline] = useState(() =>
    project ? formValuesOf(project) : NEW_PROJECT_VALUES,
  );
  const [values, setValues] = useState(baseline);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<SaveNotice>(null);
  const save = useSaveProject();
  const dirty = isDirty(values, baseline);
  const unsaved = useUnsavedChanges(dirty);
  const server = saveErrors(save.error);

  const set = <K extends FormField>(field: K, value: ProjectFormValues[K]) => {
    setValues((prev) => ({ ...prev, [field]: value }));
    setClientErrors(({ [field]: _dropped, ...rest }) => rest);
    setNotice(null);
    if (save.error) save.reset();
  };

  /** Returns the first field that needs attention, for the caller to focus. */
  const submit = (): FormField | null => {
    if (save.isPending) return null;
    // The debounced check may lag the last keystroke: decide on the text as it is now.
    if (!parseLabelConfig(values.label_config).ok) {
      setNotice('config-invalid');
      return 'label_config';
    }
    const body = writeBody(values, project ? baseline : undefined);
    const parsed = ProjectWrite.safeParse(body);
    if (!parsed.success) {
      const found = clientFieldErrors(parsed.error);
      setClientErrors(found);
      return (Object.keys(found)[0] as FormField | undefined) ?? null;
    }
    setClientErrors({});
    if (project && Object.keys(body).length === 0) {
      setNotice('unchanged');
      return null;
    }
    save.mutate(
      { id: project?.id, body },
      {
        onSuccess: (saved) => {
          if (!project) {
            unsaved.allowNextNavigation();
            void navigate(paths.project(saved.id));
            return;
          }
          const stored = formValuesOf(saved);
          setBaseline(stored);
          setValues(stored);
          setNotice('saved');
        },
      },
    );
    return null;
  };

  return {
    values,
    set,
    replaceConfig: (xml: string) => set('label_config', xml),
    baseline,
    dirty,
    errors: { ...server.fields, ...clientErrors },
    serverMessage: server.message,
    notice,
    saving: save.isPending,
    submit,
    blocker: unsaved.blocker,
    allowNextNavigation: unsaved.allowNextNavigation,
  };
}
