import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { NON_FIELD_ERRORS, VALIDATION_ERROR_DETAIL } from '../../../../shared/api/errors';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { safeNextPath } from '../../../lib/paths';
import { PRODUCT_NAME, useDocumentTitle } from '../../../lib/use-document-title';
import { useLogin } from '../hooks/use-login';
import './login-page.css';

interface FieldErrors {
  email?: string;
  password?: string;
}

function formatWait(seconds: number): string {
  if (seconds < 60) return 'less than a minute';
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** Turns a failed login into one message and, for validation errors, per-field messages. */
function describeLoginError(error: unknown): { message: string; fields: FieldErrors } {
  if (isApiError(error, 429)) {
    const wait =
      error.retryAfter === null ? '' : ` You can try again in ${formatWait(error.retryAfter)}.`;
    return { message: `${error.detail}${wait}`, fields: {} };
  }
  if (isApiError(error, 400) && error.detail === VALIDATION_ERROR_DETAIL) {
    const v = error.validationErrors;
    const fields: FieldErrors = {};
    if (v.email?.[0]) fields.email = v.email[0];
    if (v.password?.[0]) fields.password = v.password[0];
    const other = v[NON_FIELD_ERRORS]?.[0];
    return { message: other ?? 'Check the highlighted fields.', fields };
  }
  return { message: errorMessage(error), fields: {} };
}

export function LoginPage() {
  useDocumentTitle('Sign in');
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const loginMutation = useLogin();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});

  const next = safeNextPath(searchParams.get('next'));
  const serverError = loginMutation.isError ? describeLoginError(loginMutation.error) : null;
  const fieldErrors: FieldErrors = { ...serverError?.fields, ...clientErrors };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loginMutation.isPending) return;
    const errors: FieldErrors = {};
    if (!email.trim()) errors.email = 'Enter your email address.';
    if (!password) errors.password = 'Enter your password.';
    setClientErrors(errors);
    if (errors.email || errors.password) {
      loginMutation.reset();
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }
    loginMutation.mutate(
      { email: email.trim(), password },
      {
        onSuccess: () => void navigate(next, { replace: true }),
        onError: () => passwordRef.current?.select(),
      },
    );
  };

  return (
    <main className="auth-screen">
      <div className="auth-card">
        <p className="auth-card__brand" aria-hidden="true">
          <span className="auth-card__logo" />
          {PRODUCT_NAME}
        </p>
        <h1 className="auth-card__title">Sign in to {PRODUCT_NAME}</h1>
        <form className="auth-form" onSubmit={onSubmit} noValidate>
          {serverError && <Alert>{serverError.message}</Alert>}
          <TextField
            ref={emailRef}
            label="Email"
            type="email"
            name="email"
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={fieldErrors.email}
          />
          <TextField
            ref={passwordRef}
            label="Password"
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={fieldErrors.password}
          />
          <Button
            type="submit"
            variant="primary"
            size="lg"
            block
            pending={loginMutation.isPending}
            pendingLabel="Signing in…"
          >
            Sign in
          </Button>
        </form>
      </div>
    </main>
  );
}
