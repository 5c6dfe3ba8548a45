import type { ReactNode } from 'react';
import { Button } from './button';
import './error-state.css';

export interface ErrorStateProps {
  title?: string;
  message: ReactNode;
  onRetry?: () => void;
  retrying?: boolean;
  /** A server reference (request id) a user can quote when reporting the problem. */
  reference?: string | null;
  /** Extra actions, e.g. a link back. */
  children?: ReactNode;
}

/** Shown where content failed to load; the page around it stays usable. */
export function ErrorState({
  title = 'Something went wrong',
  message,
  onRetry,
  retrying = false,
  reference,
  children,
}: ErrorStateProps) {
  return (
    <div className="error-state" role="alert">
      <svg className="error-state__icon" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="9.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M12 7.5v5.5" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        <circle cx="12" cy="16.25" r="1.05" fill="currentColor" />
      </svg>
      <div className="error-state__text">
        <p className="error-state__title">{title}</p>
        <p className="error-state__message">{message}</p>
        {reference && <p className="error-state__reference">Reference: {reference}</p>}
      </div>
      {(onRetry || children) && (
        <div className="error-state__actions">
          {onRetry && (
            <Button onClick={onRetry} pending={retrying} pendingLabel="Retrying…">
              Retry
            </Button>
          )}
          {children}
        </div>
      )}
    </div>
  );
}
