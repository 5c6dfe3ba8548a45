// What the outbox still holds: "N waiting to sync" while offline or retrying, and the entries
// the server refused, each with a way to reopen the task (the work is still in its draft).
import { Link } from 'react-router-dom';
import { paths } from '../../../lib/paths';
import { outboxActions, useOutboxSummary, type OutboxEntry } from '../stores/outbox-store';
import './outbox-status.css';

const KIND_LABEL: Record<OutboxEntry['kind'], string> = {
  submit: 'Submission',
  skip: 'Skip',
  update: 'Update',
};

export function OutboxStatus({ compact = false }: { compact?: boolean }) {
  const { waiting, failed } = useOutboxSummary();
  if (waiting.length === 0 && failed.length === 0) return null;
  const waitingText = `${waiting.length} waiting to sync`;
  if (compact) {
    return (
      <span className="lc-outbox" role="status">
        {waiting.length > 0 && <span className="lc-outbox__waiting">{waitingText}</span>}
        {failed.length > 0 && (
          <span className="lc-outbox__failed">{failed.length} not saved — see above</span>
        )}
      </span>
    );
  }
  return (
    <div className="lc-outbox-panel" role="status">
      {waiting.length > 0 && (
        <p className="lc-outbox__waiting">
          {waitingText}
          {typeof navigator !== 'undefined' && !navigator.onLine && ' (you are offline)'}
        </p>
      )}
      <FailedEntries entries={failed} />
    </div>
  );
}

/** The project's refused work, above the editor so it is seen whatever task is open. */
export function FailedWork({ projectId }: { projectId: number }) {
  const { failed } = useOutboxSummary();
  const mine = failed.filter((e) => e.projectId === projectId);
  if (mine.length === 0) return null;
  return (
    <div className="lc-outbox-banner" role="alert">
      <FailedEntries entries={mine} />
    </div>
  );
}

export function FailedEntries({ entries }: { entries: readonly OutboxEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="lc-outbox__list" aria-label="Work the server did not accept">
      {entries.map((e) => (
        <li key={e.key} className="lc-outbox__item">
          <strong>
            {KIND_LABEL[e.kind]} of task {e.taskId}
          </strong>{' '}
          was not saved: {e.error ?? 'the server refused it.'}{' '}
          <Link to={`${paths.labeling(e.projectId)}?task=${e.taskId}&from=history`}>
            Open the task to fix it
          </Link>{' '}
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            onClick={() => outboxActions.entryDismissed(e.key)}
          >
            Dismiss
          </button>
        </li>
      ))}
    </ul>
  );
}
