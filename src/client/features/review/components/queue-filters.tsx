import { useId } from 'react';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import type { QueueFilterValues } from '../hooks/use-review-params';

export interface AnnotatorOption {
  id: number;
  name: string;
}

export interface QueueFiltersProps {
  values: QueueFilterValues;
  annotators: readonly AnnotatorOption[];
  labels: readonly string[];
  onChange(values: QueueFilterValues): void;
}

/** Every change applies at once (and lands in the URL); there is nothing to submit. */
export function QueueFilters({ values, annotators, labels, onChange }: QueueFiltersProps) {
  const id = useId();
  const set = (key: keyof QueueFilterValues) => (value: string) =>
    onChange({ ...values, [key]: value });
  const active = Object.values(values).some(Boolean);
  // A filter from a shared link may name someone no longer in the queue: keep it selectable.
  const shown =
    values.annotator && !annotators.some((a) => String(a.id) === values.annotator)
      ? [...annotators, { id: Number(values.annotator), name: `User ${values.annotator}` }]
      : annotators;
  const labelOptions =
    values.label && !labels.includes(values.label) ? [...labels, values.label] : labels;

  return (
    <form
      className="review-filters"
      aria-label="Filter the queue"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label className="field__label" htmlFor={`${id}-annotator`}>
          Annotator
        </label>
        <select
          id={`${id}-annotator`}
          className="field__input"
          value={values.annotator}
          onChange={(event) => set('annotator')(event.target.value)}
        >
          <option value="">Anyone</option>
          {shown.map((a) => (
            <option key={a.id} value={String(a.id)}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-label`}>
          Label
        </label>
        <select
          id={`${id}-label`}
          className="field__input"
          value={values.label}
          onChange={(event) => set('label')(event.target.value)}
        >
          <option value="">Any label</option>
          {labelOptions.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Submitted from"
        type="date"
        value={values.from}
        max={values.to || undefined}
        onChange={(event) => set('from')(event.target.value)}
      />
      <TextField
        label="Submitted until"
        type="date"
        value={values.to}
        min={values.from || undefined}
        onChange={(event) => set('to')(event.target.value)}
      />
      {active && (
        <Button
          variant="ghost"
          size="sm"
          className="review-filters__clear"
          onClick={() => onChange({ annotator: '', label: '', from: '', to: '' })}
        >
          Clear filters
        </Button>
      )}
    </form>
  );
}
