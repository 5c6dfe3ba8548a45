import { useState, type FormEvent } from 'react';
import { UserPatch } from '../../../../shared/api/users';
import { Alert } from '../../../components/alert';
import { schemaFieldErrors, serverFormErrors } from '../form-errors';
import { PasswordField } from './password-field';
import './user-dialogs.css';

const FIELDS = ['password'] as const;

export interface NewPasswordFormProps {
  id: string;
  onSubmit(password: string): void;
  serverError: unknown;
}

export function NewPasswordForm({ id, onSubmit, serverError }: NewPasswordFormProps) {
  const [password, setPassword] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();
  const server = serverFormErrors(serverError, FIELDS);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Same rule as the server (length limits and message) from the shared schema.
    const parsed = UserPatch.safeParse({ password });
    if (!parsed.success) {
      setClientError(schemaFieldErrors(parsed.error, FIELDS).password);
      event.currentTarget.querySelector<HTMLElement>('[name="password"]')?.focus();
      return;
    }
    setClientError(undefined);
    onSubmit(password);
  };

  return (
    <form id={id} className="user-form" onSubmit={submit} noValidate>
      {server.message && <Alert>{server.message}</Alert>}
      <PasswordField
        label="New password"
        value={password}
        onChange={setPassword}
        error={clientError ?? server.fields.password}
      />
    </form>
  );
}
