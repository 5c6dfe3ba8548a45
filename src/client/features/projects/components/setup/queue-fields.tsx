import type { SAMPLING } from '../../../../../shared/api/projects';
import { TextField } from '../../../../components/text-field';
import type { FormField, ProjectFormValues } from '../../setup/project-form';
import type { FieldGroupProps } from './field-props';
import { CheckboxField, RadioGroupField, type RadioOption } from './form-controls';

type Sampling = (typeof SAMPLING)[number];

type FieldsOf<T> = { [K in FormField]: ProjectFormValues[K] extends T ? K : never }[FormField];

const NUMBERS: readonly {
  field: FieldsOf<string>;
  label: string;
  hint: string;
  min: number;
  max: number;
}[] = [
  {
    field: 'maximum_annotations',
    label: 'Annotations per task',
    hint: 'Overlap: how many annotators label each task (at least 1).',
    min: 1,
    max: 1000,
  },
  {
    field: 'lock_ttl',
    label: 'Task lock (seconds)',
    hint: 'How long an opened task stays reserved for its annotator (10 s to 7 days).',
    min: 10,
    max: 7 * 24 * 3600,
  },
];

const SAMPLING_OPTIONS: readonly RadioOption<Sampling>[] = [
  {
    value: 'Sequential sampling',
    label: 'Sequential',
    hint: 'Tasks come in the order they were imported.',
  },
  { value: 'Uniform sampling', label: 'Uniform', hint: 'Tasks come in random order.' },
];

const SWITCHES: readonly { field: FieldsOf<boolean>; label: string; hint?: string }[] = [
  { field: 'show_skip_button', label: 'Annotators may skip tasks' },
  {
    field: 'show_ground_truth_first',
    label: 'Ground-truth tasks first',
    hint: 'Tasks with a ground-truth annotation are handed out before the rest.',
  },
  {
    field: 'show_overlap_first',
    label: 'Finish overlapping tasks first',
    hint: 'Tasks that others already started are handed out before fresh ones.',
  },
];

/** How tasks reach annotators: overlap, order, skipping and locks. */
export function QueueFields({ values, errors, set }: FieldGroupProps) {
  return (
    <div className="setup-fields">
      <div className="setup-fields__row">
        {NUMBERS.map(({ field, label, hint, min, max }) => (
          <TextField
            key={field}
            label={label}
            name={field}
            hint={hint}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            value={values[field]}
            onChange={(event) => set(field, event.target.value)}
            error={errors[field]}
          />
        ))}
      </div>
      <RadioGroupField
        legend="Task order"
        name="sampling"
        value={values.sampling}
        options={SAMPLING_OPTIONS}
        onChange={(value) => set('sampling', value)}
      />
      {SWITCHES.map(({ field, label, hint }) => (
        <CheckboxField
          key={field}
          label={label}
          {...(hint ? { hint } : {})}
          name={field}
          checked={values[field]}
          onChange={(checked) => set(field, checked)}
        />
      ))}
    </div>
  );
}
