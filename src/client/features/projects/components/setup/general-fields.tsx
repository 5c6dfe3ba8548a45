import { useId } from 'react';
import { TextField } from '../../../../components/text-field';
import type { FieldGroupProps } from './field-props';
import { CheckboxField, TextAreaField } from './form-controls';

export function GeneralFields({ values, errors, set }: FieldGroupProps) {
  const colorId = useId();
  return (
    <div className="setup-fields">
      <TextField
        label="Title"
        name="title"
        hint="3 to 50 characters, or leave empty."
        maxLength={50}
        autoComplete="off"
        value={values.title}
        onChange={(event) => set('title', event.target.value)}
        error={errors.title}
      />
      <TextAreaField
        label="Description"
        name="description"
        rows={2}
        value={values.description}
        onChange={(event) => set('description', event.target.value)}
        error={errors.description}
      />
      <div className={`field setup-fields__color${errors.color ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={colorId}>
          Color
        </label>
        <input
          id={colorId}
          name="color"
          type="color"
          className="setup-fields__swatch"
          value={values.color.toLowerCase()}
          onChange={(event) => set('color', event.target.value.toUpperCase())}
          aria-describedby={errors.color ? `${colorId}-error` : undefined}
        />
        {errors.color && (
          <p id={`${colorId}-error`} className="field__error">
            {errors.color}
          </p>
        )}
      </div>
    </div>
  );
}

export function InstructionFields({ values, errors, set }: FieldGroupProps) {
  return (
    <div className="setup-fields">
      <TextAreaField
        label="Instructions for annotators"
        name="expert_instruction"
        hint="HTML is allowed; scripts and unsafe markup are removed when you save."
        rows={5}
        value={values.expert_instruction}
        onChange={(event) => set('expert_instruction', event.target.value)}
        error={errors.expert_instruction}
      />
      <CheckboxField
        label="Show the instructions before labeling starts"
        name="show_instruction"
        checked={values.show_instruction}
        onChange={(checked) => set('show_instruction', checked)}
      />
    </div>
  );
}
