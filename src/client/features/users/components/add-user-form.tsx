import { useState, type FormEvent } from 'react';
import { UserCreate, type Role } from '../../../../shared/api/users';
import { Alert } from '../../../components/alert';
import { TextField } from '../../../components/text-field';
import { schemaFieldErrors, serverFormErrors, type FieldErrors } from '../form-errors';
import { PasswordField } from './password-field';
import { RoleSelect } from './role-select';
import './user-dialogs.css';

// The fields that can show a message; anything else the server says goes above the form.
const FIELDS = ['email', 'first_name', 'last_name', 'password'] as const;
type Field = (typeof FIELDS)[number];

export interface AddUserFormProps {
  id: string;
  onSubmit(values: UserCreate): void;
  /** The last failed attempt, from the mutation; its messages show at their fields. */
  serverError: unknown;
}

/** The fields of "Add user"; the dialog around it holds the submit button (`form={id}`). */
export function AddUserForm({ id, onSubmit, serverError }: AddUserFormProps) {
  const [email, setEmail] = useState('');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [role, setRole] = useState<Role>('annotator');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors<Field>>({});

  const server = serverFormErrors(serverError, FIELDS);
  const errors: FieldErrors<Field> = { ...server.fields, ...clientErrors };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The shared schema is the server's own rule book: same limits, same messages.
    const parsed = UserCreate.safeParse({
      email: email.trim(),
      password,
      role,
      ...(firstName.trim() ? { first_name: firstName.trim() } : {}),
      ...(lastName.trim() ? { last_name: lastName.trim() } : {}),
    });
    if (!parsed.success) {
      const found = schemaFieldErrors(parsed.error, FIELDS);
      setClientErrors(found);
      const first = FIELDS.find((field) => found[field]);
      if (first) event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setClientErrors({});
    onSubmit(parsed.data);
  };

  return (
    <form id={id} className="user-form" onSubmit={submit} noValidate>
      {server.message && <Alert>{server.message}</Alert>}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.email}
      />
      <div className="user-form__names">
        <TextField
          label="First name"
          name="first_name"
          autoComplete="off"
          value={firstName}
          onChange={(event) => setFirstName(event.target.value)}
          error={errors.first_name}
        />
        <TextField
          label="Last name"
          name="last_name"
          autoComplete="off"
          value={lastName}
          onChange={(event) => setLastName(event.target.value)}
          error={errors.last_name}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-role`}>
          Role
        </label>
        <RoleSelect
          id={`${id}-role`}
          name="role"
          value={role}
          onChange={setRole}
          aria-describedby={`${id}-role-hint`}
        />
        <p id={`${id}-role-hint`} className="field__hint">
          Annotators label tasks; reviewers also review and export; admins manage projects and
          users.
        </p>
      </div>
      <PasswordField
        label="Initial password"
        value={password}
        onChange={setPassword}
        error={errors.password}
      />
    </form>
  );
}
