import { Alert } from '../../../components/alert';

/** Why a submit was refused (the shared engine's messages); the regions show where. */
export function SubmitErrors({
  messages,
  onDismiss,
}: {
  messages: readonly string[];
  onDismiss(): void;
}) {
  if (messages.length === 0) return null;
  return (
    <Alert title="Fix these before submitting">
      <ul className="lc-submit-errors">
        {messages.slice(0, 10).map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
      {messages.length > 10 && <p>…and {messages.length - 10} more.</p>}
      <button type="button" className="btn btn--ghost btn--sm" onClick={onDismiss}>
        Dismiss
      </button>
    </Alert>
  );
}
