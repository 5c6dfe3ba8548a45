// An update that hit a newer version (409): both versions side by side, and the user picks.
// Nothing is lost either way until they choose — the entry waits in the outbox.
import { diffResults } from '../../../../shared/annotation/result-diff';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import { Button } from '../../../components/button';
import { Dialog } from '../../../components/dialog';
import { fromWireResult } from '../api/annotation-api';
import { outboxActions, useOutboxSummary, type OutboxEntry } from '../stores/outbox-store';
import { describeEntry } from './describe-entry';
import './conflict-dialog.css';

function Version({ title, result }: { title: string; result: readonly ResultEntry[] }) {
  return (
    <section className="lc-conflict__version" aria-label={title}>
      <h3>{title}</h3>
      {result.length === 0 ? (
        <p className="muted">No results.</p>
      ) : (
        <ul>
          {result.map((e, i) => (
            <li key={i}>{describeEntry(e)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ConflictBody({ entry }: { entry: OutboxEntry }) {
  const mine = fromWireResult(entry.body.result);
  const theirs = fromWireResult(entry.current?.result ?? []);
  const diff = diffResults(theirs, mine);
  const who = entry.current?.updated_by;
  return (
    <>
      <p>
        Task {entry.taskId} was changed {who ? `by user ${who} ` : ''}after you opened it. Your
        version differs in {diff.added.length} added, {diff.removed.length} removed and{' '}
        {diff.changed.length} changed results.
      </p>
      <div className="lc-conflict">
        <Version title="Your version" result={mine} />
        <Version title="Saved version" result={theirs} />
      </div>
    </>
  );
}

export function ConflictDialog() {
  const { conflicts } = useOutboxSummary();
  const entry = conflicts[0];
  if (!entry) return null;
  return (
    <Dialog
      open
      wide
      title="Someone else changed this annotation"
      onClose={() => undefined}
      footer={
        <>
          <Button onClick={() => outboxActions.conflictResolved(entry.key, 'theirs')}>
            Keep the saved version
          </Button>
          <Button
            variant="primary"
            onClick={() => outboxActions.conflictResolved(entry.key, 'mine')}
          >
            Save my version over it
          </Button>
        </>
      }
    >
      <ConflictBody entry={entry} />
    </Dialog>
  );
}
