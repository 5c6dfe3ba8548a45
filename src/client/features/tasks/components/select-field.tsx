import { useId } from 'react';
// The select looks like the text fields around it.
import '../../../components/text-field.css';

export interface SelectFieldProps<V extends string> {
  label: string;
  value: V | '';
  options: readonly { value: V; label: string }[];
  /** The first option, meaning "no filter". */
  anyLabel: string;
  onChange(value: V | undefined): void;
}

export function SelectField<V extends string>({
  label,
  value,
  options,
  anyLabel,
  onChange,
}: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__input"
        value={value}
        onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value)}
      >
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
