import type { FieldErrors } from '../../setup/form-errors';
import type { FormField, ProjectFormValues } from '../../setup/project-form';

/** What each group of settings fields gets from the page. */
export interface FieldGroupProps {
  values: ProjectFormValues;
  errors: FieldErrors;
  set<K extends FormField>(field: K, value: ProjectFormValues[K]): void;
}
