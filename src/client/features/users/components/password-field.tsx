import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { generatePassword } from '../generate-password';
import './password-field.css';

export interface PasswordFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
}

/**
 * A password the admin sets for someone else and hands over, so it is shown in clear text;
 * "Generate" fills in a strong random one.
 */
export function PasswordField({ label, value, onChange, error }: PasswordFieldProps) {
  return (
    <div className="password-field">
      <TextField
        label={label}
        name="password"
        type="text"
        className="password-field__input"
        autoComplete="new-password"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint="At least 8 characters."
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error}
      />
      <Button className="password-field__generate" onClick={() => onChange(generatePassword())}>
        Generate
      </Button>
    </div>
  );
}
