// Field shapes the design system has no primitive for yet (multi-line text, a checkbox with a
// hint, a radio group), styled with the same `field` classes as TextField.
import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
import './form-controls.css';

function describedBy(...ids: (string | false | undefined)[]) {
  return ids.filter(Boolean).join(' ') || undefined;
}

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id'
> {
  label: string;
  hint?: string;
  error?: string | undefined;
}

export function TextAreaField({ label, hint, error, ...rest }: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        {...rest}
        id={id}
        className="field__input field__textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
      />
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

export interface CheckboxFieldProps {
  label: string;
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
  name?: string;
}

export function CheckboxField({ label, hint, checked, onChange, name }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="check-field">
      <input
        id={id}
        name={name}
        type="checkbox"
        className="check-field__input"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id} className="check-field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint check-field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  hint?: ReactNode;
}

export interface RadioGroupFieldProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: readonly RadioOption<T>[];
  onChange(value: T): void;
}

export function RadioGroupField<T extends string>(props: RadioGroupFieldProps<T>) {
  const { legend, name, value, options, onChange } = props;
  const id = useId();
  return (
    <fieldset className="radio-field">
      <legend className="field__label">{legend}</legend>
      {options.map((option, index) => (
        <div key={option.value} className="check-field">
          <input
            id={`${id}-${index}`}
            type="radio"
            name={name}
            className="check-field__input"
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-describedby={option.hint ? `${id}-${index}-hint` : undefined}
          />
          <label htmlFor={`${id}-${index}`} className="check-field__label">
            {option.label}
          </label>
          {option.hint && (
            <p id={`${id}-${index}-hint`} className="field__hint check-field__hint">
              {option.hint}
            </p>
          )}
        </div>
      ))}
    </fieldset>
  );
}
