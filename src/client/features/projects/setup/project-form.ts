// The settings form's values and how they map to the API. Only the fields this screen edits are
// ever sent: members, pinning and the rest stay as the server has them.
import {
  DEFAULT_LABEL_CONFIG,
  type Project,
  type ProjectWrite,
} from '../../../../shared/api/projects';

export interface ProjectFormValues {
  title: string;
  description: string;
  color: string;
  label_config: string;
  expert_instruction: string;
  show_instruction: boolean;
  /** Text while typing; a whole number ≥ 1 once valid. */
  maximum_annotations: string;
  sampling: Project['sampling'];
  show_skip_button: boolean;
  lock_ttl: string;
  show_ground_truth_first: boolean;
  show_overlap_first: boolean;
}

export type FormField = keyof ProjectFormValues;

export const FORM_FIELDS = [
  'title',
  'description',
  'color',
  'label_config',
  'expert_instruction',
  'show_instruction',
  'maximum_annotations',
  'sampling',
  'show_skip_button',
  'lock_ttl',
  'show_ground_truth_first',
  'show_overlap_first',
] as const satisfies readonly FormField[];

/** A new project's starting point: the server's own defaults. */
export const NEW_PROJECT_VALUES: ProjectFormValues = {
  title: '',
  description: '',
  color: '#FFFFFF',
  label_config: DEFAULT_LABEL_CONFIG,
  expert_instruction: '',
  show_instruction: false,
  maximum_annotations: '1',
  sampling: 'Sequential sampling',
  show_skip_button: true,
  lock_ttl: '3600',
  show_ground_truth_first: false,
  show_overlap_first: false,
};

export function formValuesOf(project: Project): ProjectFormValues {
  return {
    title: project.title,
    description: project.description,
    color: project.color,
    label_config: project.label_config,
    expert_instruction: project.expert_instruction,
    show_instruction: project.show_instruction,
    maximum_annotations: String(project.maximum_annotations),
    sampling: project.sampling,
    show_skip_button: project.show_skip_button,
    lock_ttl: String(project.lock_ttl),
    show_ground_truth_first: project.show_ground_truth_first,
    show_overlap_first: project.show_overlap_first,
  };
}

/** Empty or non-numeric text becomes NaN, which the shared schema then refuses as a number. */
const toInt = (text: string) => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The write body for these values: every field (create) or only the changed ones (update). */
export function writeBody(
  values: ProjectFormValues,
  baseline?: ProjectFormValues,
): Partial<ProjectWrite> {
  const all = {
    title: values.title.trim(),
    description: values.description,
    color: values.color.toUpperCase(),
    label_config: values.label_config,
    expert_instruction: values.expert_instruction,
    show_instruction: values.show_instruction,
    maximum_annotations: toInt(values.maximum_annotations),
    sampling: values.sampling,
    show_skip_button: values.show_skip_button,
    lock_ttl: toInt(values.lock_ttl),
    show_ground_truth_first: values.show_ground_truth_first,
    show_overlap_first: values.show_overlap_first,
  } satisfies Record<FormField, unknown>;
  if (!baseline) return all;
  const before = writeBody(baseline) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(all).filter(([key, value]) => before[key] !== value));
}

export function isDirty(values: ProjectFormValues, baseline: ProjectFormValues): boolean {
  return FORM_FIELDS.some((field) => values[field] !== baseline[field]);
}
