import type { ReactNode } from 'react';
import { Alert } from '../../../components/alert';
import { ProgressBar } from '../../../components/progress-bar';
import { Spinner } from '../../../components/spinner';
import { errorMessage } from '../../../lib/api-client';
import type { ImportPhase } from '../hooks/use-import';
import { parseRowError } from '../table/row-errors';
import './import-dialog.css';

const plural = (n: number, one: string) => `${n.toLocaleString()} ${n === 1 ? one : `${one}s`}`;

/** Per-row problems in a list that scrolls by itself (and by keyboard: it takes focus). */
function RowErrors({ errors }: { errors: readonly string[] }) {
  return (
    // Focusable so the list can be scrolled from the keyboard (axe: scrollable-region-focusable).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <ul className="import-errors" aria-label="Rows with errors" tabIndex={0}>
      {errors.map((message, i) => {
        const { row, reason } = parseRowError(message);
        return (
          <li key={i}>
            {row !== null && <strong>Row {row + 1}: </strong>}
            {reason}
          </li>
        );
      })}
    </ul>
  );
}

type PhaseOf<K extends ImportPhase['kind']> = Extract<ImportPhase, { kind: K }>;

/** Rows listed unless the failure is about the whole body (a parse error, a size limit). */
const hasRowErrors = (errors: readonly string[]) =>
  errors.length > 1 || parseRowError(errors[0] ?? '').row !== null;

/** What each phase of an import shows; a new phase fails typecheck until it has a view. */
const VIEWS: { [K in ImportPhase['kind']]: (phase: PhaseOf<K>) => ReactNode } = {
  idle: () => null,
  uploading: () => <Spinner label="Uploading…" />,
  running: (phase) => (
    <div className="import-progress" aria-live="polite">
      <ProgressBar
        label="Import progress"
        value={phase.rowsDone}
        max={phase.rowsTotal ?? Math.max(phase.rowsDone, 1) * 2}
        valueText={`${plural(phase.rowsDone, 'row')} of ${phase.rowsTotal === null ? 'an unknown number' : phase.rowsTotal.toLocaleString()}`}
      />
      <p className="muted">
        {phase.rowsTotal === null
          ? `Reading… ${plural(phase.rowsDone, 'row')} so far`
          : `${phase.rowsDone.toLocaleString()} of ${plural(phase.rowsTotal, 'row')}`}
      </p>
    </div>
  ),
  done: (phase) => (
    <div className="import-result">
      <Alert tone="info" title="Import finished">
        {plural(phase.taskCount, 'task')} added.
        {phase.errors.length > 0 && ` ${plural(phase.errors.length, 'row')} left out:`}
      </Alert>
      {phase.errors.length > 0 && <RowErrors errors={phase.errors} />}
    </div>
  ),
  failed: (phase) => (
    <div className="import-result">
      <Alert title="Nothing was imported">
        {hasRowErrors(phase.errors)
          ? 'Fix these rows and import again, or choose to commit the good rows.'
          : (phase.errors[0] ?? 'The import failed.')}
      </Alert>
      {hasRowErrors(phase.errors) && <RowErrors errors={phase.errors} />}
    </div>
  ),
  error: (phase) => <Alert title="The upload failed">{errorMessage(phase.error)}</Alert>,
};

export function ImportStatus({ phase }: { phase: ImportPhase }) {
  const view = VIEWS[phase.kind] as (p: ImportPhase) => ReactNode;
  return view(phase);
}
