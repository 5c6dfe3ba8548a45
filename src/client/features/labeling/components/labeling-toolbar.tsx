// The task's top bar: where you are, whether your work is safe, and the actions with their keys.
import { useState, type ReactNode } from 'react';
import type { Project } from '../../../../shared/api/projects';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { cancelLinking, startLinking } from '../editor/controls/relation-link-store';
import { imageViewActions } from '../editor/image/image-view-actions';
import type { DraftSyncStatus } from '../hooks/use-draft-sync';
import type { TaskActions } from '../hooks/use-task-actions';
import { CheatSheet } from '../hotkeys/cheat-sheet';
import { displayKey, isApple, type ActionHost } from '../hotkeys/editor-actions';
import { useEditorHotkeys } from '../hotkeys/use-editor-hotkeys';
import { editorActions, useCanRedo, useCanUndo } from '../stores/editor-store';
import { OutboxStatus } from './outbox-status';
import './labeling-toolbar.css';

const SYNC_LABEL: Record<DraftSyncStatus, string> = {
  saved: 'All changes saved',
  saving: 'Saving draft…',
  'local-only': 'Saved on this device',
  error: 'Saved on this device (server draft failed)',
};

export interface LabelingToolbarProps {
  project: Project;
  config: LabelConfig;
  taskId: number;
  queue: string | null;
  back: ReactNode;
  syncStatus: DraftSyncStatus;
  actions: TaskActions;
  /** Editing an annotation submitted before: the main action is Update. */
  updating: boolean;
}

export function LabelingToolbar(props: LabelingToolbarProps) {
  const { config, taskId, queue, back, syncStatus, actions, updating } = props;
  const [sheetOpen, setSheetOpen] = useState(false);
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const host: ActionHost = {
    readOnly: false,
    canSubmit: true,
    canSkip: actions.canSkip,
    submit: actions.submit,
    skip: actions.skip,
    openCheatSheet: () => setSheetOpen(true),
    startLinking: () => void startLinking(),
    cancelLinking,
    view: imageViewActions.view,
  };
  useEditorHotkeys(config, host);
  const apple = isApple();
  const key = (k: string) => displayKey(k, apple);

  return (
    <header className="lc-toolbar">
      <div className="lc-toolbar__where">
        <span className="lc-toolbar__back">{back}</span>
        <h1 className="lc-toolbar__title">Task {taskId}</h1>
        {queue && <Badge>{queue}</Badge>}
        {!actions.fromStream && <Badge tone="accent">From history</Badge>}
      </div>
      <div className="lc-toolbar__status" aria-live="polite">
        <span className={`lc-sync lc-sync--${syncStatus}`}>{SYNC_LABEL[syncStatus]}</span>
        <OutboxStatus compact />
      </div>
      <div className="lc-toolbar__actions">
        <Button
          size="sm"
          variant="ghost"
          onClick={actions.previous}
          disabled={!actions.hasPrevious}
          title="Open the task you labeled before this one"
        >
          ← Previous
        </Button>
        {!actions.fromStream && (
          <Button size="sm" variant="ghost" onClick={actions.backToStream}>
            Back to the stream
          </Button>
        )}
        <Button
          size="sm"
          variant="ghost"
          onClick={editorActions.undoPressed}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z"
          title={`Undo (${key('ctrl+z')})`}
        >
          Undo
        </Button>
        <Button
          size="sm"
          variant="ghost"
          onClick={editorActions.redoPressed}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z"
          title={`Redo (${key('ctrl+shift+z')})`}
        >
          Redo
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setSheetOpen(true)} aria-keyshortcuts="?">
          Shortcuts <kbd className="lc-toolbar__kbd">?</kbd>
        </Button>
        {actions.canSkip && (
          <Button size="md" onClick={actions.skip} aria-keyshortcuts="Control+Space">
            Skip <kbd className="lc-toolbar__kbd">{key('ctrl+space')}</kbd>
          </Button>
        )}
        <Button
          size="md"
          variant="primary"
          onClick={actions.submit}
          aria-keyshortcuts="Control+Enter"
        >
          {updating ? 'Update' : 'Submit'}{' '}
          <kbd className="lc-toolbar__kbd">{key('ctrl+enter')}</kbd>
        </Button>
      </div>
      <CheatSheet open={sheetOpen} onClose={() => setSheetOpen(false)} config={config} />
    </header>
  );
}
