import type { ReactNode } from 'react';
import { Alert } from '../../../../components/alert';
import { Button } from '../../../../components/button';
import type { SaveNotice } from '../../hooks/use-project-form';

export interface SaveBarProps {
  creating: boolean;
  saving: boolean;
  configInvalid: boolean;
  notice: SaveNotice;
  /** A failed save's message that belongs to no field. */
  message: string | null;
  onSave(): void;
  cancel: ReactNode;
}

const NOTICES: Record<Exclude<SaveNotice, null>, { tone: 'info' | 'danger'; text: string }> = {
  saved: { tone: 'info', text: 'Saved.' },
  unchanged: { tone: 'info', text: 'Nothing has changed since the last save.' },
  'config-invalid': { tone: 'danger', text: 'Fix the errors in the label config first.' },
};

export function SaveBar(props: SaveBarProps) {
  const { creating, saving, configInvalid, notice, message, onSave, cancel } = props;
  const shown = notice ? NOTICES[notice] : null;
  return (
    <div className="save-bar">
      <div className="save-bar__messages">
        {message && <Alert>{message}</Alert>}
        {shown && <Alert tone={shown.tone}>{shown.text}</Alert>}
        {configInvalid && !shown && (
          <p id="save-bar-reason" className="save-bar__reason">
            The label config has errors, so it can’t be saved yet.
          </p>
        )}
      </div>
      <div className="save-bar__buttons">
        {cancel}
        <Button
          variant="primary"
          onClick={onSave}
          disabled={configInvalid}
          aria-describedby={configInvalid && !shown ? 'save-bar-reason' : undefined}
          pending={saving}
          pendingLabel="Saving…"
        >
          {creating ? 'Create project' : 'Save'}
        </Button>
      </div>
    </div>
  );
}
