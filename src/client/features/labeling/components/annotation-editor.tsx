// The editor without the stream: one result shown (read-only) or edited on a task's data, with
// the region list beside it. Other screens compose it through src/client/app (a review, a fix,
// the live preview of a label config); nothing here is saved as a draft or sent anywhere —
// `onSubmit` receives the checked result and the caller decides what to do with it.
import { useLayoutEffect, useState, type ReactNode } from 'react';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import { cancelLinking, startLinking } from '../editor/controls/relation-link-store';
import { EditorLayout, EditorProvider } from '../editor/editor-root';
import { imageViewActions } from '../editor/image/image-view-actions';
import { RegionList } from '../editor/panels/region-list';
import { checkResult } from '../editor/submit-check';
import { CheatSheet } from '../hotkeys/cheat-sheet';
import type { ActionHost } from '../hotkeys/editor-actions';
import { useEditorHotkeys } from '../hotkeys/use-editor-hotkeys';
import { editorActions, useEditorTaskId } from '../stores/editor-store';
import { SubmitErrors } from './submit-errors';
import './task-view.css';

export interface AnnotationEditorProps {
  config: LabelConfig;
  data: Readonly<Record<string, unknown>>;
  /** Any stable number for this task; a new value (or `sessionKey`) reopens the editor. */
  taskId: number;
  /** The result the editor opens with; later changes are ignored until `sessionKey` changes. */
  initialResult: readonly ResultEntry[];
  /** Change it to reopen the editor on `initialResult` (e.g. another annotation, a new sample). */
  sessionKey?: string | number | undefined;
  readOnly?: boolean | undefined;
  /** Ctrl/Cmd+Enter: the result checked by the shared engine, hidden controls' results dropped. */
  onSubmit?: ((result: ResultEntry[]) => void) | undefined;
  /** Accessible name of the editor region. */
  label?: string | undefined;
  /** Shown above the region list: the caller's own actions, given the editor's submit. */
  aside?: ReactNode | ((actions: { submit(): void }) => ReactNode) | undefined;
}

export function AnnotationEditor(props: AnnotationEditorProps) {
  const { taskId, initialResult, sessionKey } = props;
  // Opened once per (task, session): the store keeps the edits from then on.
  useLayoutEffect(() => {
    editorActions.taskOpened(taskId, initialResult);
    return () => editorActions.taskClosed();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reopen only on a new task or session
  }, [taskId, sessionKey]);
  if (useEditorTaskId() !== taskId) return null;
  return <OpenEditor key={`${taskId}:${String(sessionKey ?? '')}`} {...props} />;
}

/** Runs the submit check and returns the outcome's messages for the side panel. */
function useSubmit(props: AnnotationEditorProps) {
  const { config, data, onSubmit } = props;
  const [errors, setErrors] = useState<readonly string[]>([]);
  const submit = () => {
    if (!onSubmit) return;
    const outcome = checkResult(config, { ...data }, 'submit');
    if (outcome.ok) {
      setErrors([]);
      onSubmit(outcome.result);
    } else setErrors(outcome.messages);
  };
  return { errors, clearErrors: () => setErrors([]), submit };
}

function OpenEditor(props: AnnotationEditorProps) {
  const { config, data, taskId, readOnly = false, onSubmit, label, aside } = props;
  const [sheetOpen, setSheetOpen] = useState(false);
  const { errors, clearErrors, submit } = useSubmit(props);
  const host: ActionHost = {
    readOnly,
    canSubmit: !readOnly && onSubmit !== undefined,
    canSkip: false,
    submit,
    skip: () => undefined,
    openCheatSheet: () => setSheetOpen(true),
    startLinking: () => void startLinking(),
    cancelLinking,
    view: imageViewActions.view,
  };
  useEditorHotkeys(config, host);

  return (
    <EditorProvider config={config} data={data} taskId={taskId} readOnly={readOnly}>
      <div className="lc-task__body lc-task__body--embedded">
        <section className="lc-task__editor" aria-label={label ?? `Task ${taskId}`}>
          <EditorLayout />
        </section>
        <aside className="lc-task__side" aria-label="Regions and messages">
          {typeof aside === 'function' ? aside({ submit }) : aside}
          <SubmitErrors messages={errors} onDismiss={clearErrors} />
          <RegionList />
        </aside>
      </div>
      <CheatSheet open={sheetOpen} onClose={() => setSheetOpen(false)} config={config} />
    </EditorProvider>
  );
}
