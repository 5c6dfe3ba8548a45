import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ExportType } from '../../../../shared/api/exports';
import { Dialog } from '../../../components/dialog';
import { ErrorState } from '../../../components/error-state';
import { Spinner } from '../../../components/spinner';
import { errorMessage } from '../../../lib/api-client';
import { exportQueries, exportUrl, type ExportScope } from '../api/export-queries';
import type { ExportSelection } from '../table/export-selection';
import './export-dialog.css';

export interface ExportDialogProps {
  projectId: number;
  open: boolean;
  onClose(): void;
  selection: ExportSelection | null;
  /** Opened from the selection bar: the selected tasks are the default. */
  preferSelected: boolean;
}

type ScopeKind = ExportScope['kind'];

export function ExportDialog(props: ExportDialogProps) {
  return (
    <Dialog open={props.open} title="Export tasks" onClose={props.onClose} wide>
      {props.open && <ExportForm {...props} />}
    </Dialog>
  );
}

function ExportForm({ projectId, selection, preferSelected }: ExportDialogProps) {
  const formats = useQuery(exportQueries.list(projectId));
  const ids = selection && Array.isArray(selection.ids) ? (selection.ids as number[]) : null;
  const [type, setType] = useState<ExportType>('JSON');
  const [scope, setScope] = useState<ScopeKind>(preferSelected && ids ? 'ids' : 'annotated');
  const [predictions, setPredictions] = useState(false);
  const [drafts, setDrafts] = useState(false);

  if (formats.isPending) return <Spinner label="Loading export formats…" />;
  if (formats.isError) {
    return (
      <ErrorState
        title="Could not load the export formats"
        message={errorMessage(formats.error)}
        onRetry={() => void formats.refetch()}
        retrying={formats.isFetching}
      />
    );
  }
  const chosen: ExportScope =
    scope === 'ids' && ids
      ? { kind: 'ids', ids }
      : scope === 'all'
        ? { kind: 'all' }
        : { kind: 'annotated' };
  const href = exportUrl({
    projectId,
    type,
    scope: chosen,
    includePredictions: predictions,
    includeDrafts: drafts,
  });
  const selectedNote =
    selection === null || selection.count === 0
      ? 'Select tasks in the table first.'
      : !ids && 'reason' in selection.ids
        ? selection.ids.reason
        : null;

  return (
    <div className="export-form">
      <fieldset>
        <legend>Format</legend>
        {formats.data.map((f) => (
          <label key={f.name} className="export-form__choice">
            <input
              type="radio"
              name="export-format"
              checked={type === f.name}
              onChange={() => setType(f.name)}
            />
            <span className="export-form__title">{f.title}</span>
            <span className="export-form__hint">{f.description}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Tasks</legend>
        <label className="export-form__choice">
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'annotated'}
            onChange={() => setScope('annotated')}
          />
          <span>Tasks with annotations (skips included)</span>
        </label>
        <label className="export-form__choice">
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'all'}
            onChange={() => setScope('all')}
          />
          <span>All tasks</span>
        </label>
        <label className="export-form__choice">
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'ids'}
            disabled={!ids}
            onChange={() => setScope('ids')}
          />
          <span>
            Selected tasks
            {selection && selection.count > 0 ? ` (${selection.count.toLocaleString()})` : ''}
            {selectedNote && <span className="export-form__hint">{selectedNote}</span>}
          </span>
        </label>
      </fieldset>
      <fieldset>
        <legend>Include</legend>
        <label className="export-form__choice">
          <input
            type="checkbox"
            checked={predictions}
            onChange={(e) => setPredictions(e.target.checked)}
          />
          <span>Predictions (full objects)</span>
        </label>
        <label className="export-form__choice">
          <input type="checkbox" checked={drafts} onChange={(e) => setDrafts(e.target.checked)} />
          <span>Drafts</span>
        </label>
      </fieldset>
      <p className="export-form__download">
        {/* The browser streams the file to disk; nothing is buffered in the page. */}
        <a className="btn btn--primary btn--md" href={href} download>
          Download {type}
        </a>
      </p>
    </div>
  );
}
