// The one editor of the review view: read-only on the annotation shown (the one under review,
// or another of the task for comparison), or editable on a copy of it for a fix.
import { useMemo } from 'react';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import type { TaskDetail } from '../../../../shared/api/task-detail';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import { Button } from '../../../components/button';
import { asEntries } from '../result-summary';
import type { RenderEditor } from './review-types';

type TaskAnnotation = TaskDetail['annotations'][number];

export interface ReviewEditorProps {
  renderEditor: RenderEditor;
  config: LabelConfig;
  task: TaskDetail;
  underReview: TaskAnnotation;
  shown: TaskAnnotation;
  nameOf(annotation: TaskAnnotation): string;
  /** Set while fixing: a new value of `round` starts over from the original. */
  fix: {
    round: number;
    saving: boolean;
    onSave(result: ResultEntry[]): void;
    onCancel(): void;
  } | null;
  onShowUnderReview(): void;
  onReviewShown(): void;
}

export function ReviewEditor(props: ReviewEditorProps) {
  const { renderEditor, config, task, underReview, shown, nameOf, fix } = props;
  // A read-only editor reopens when the version shown changes (e.g. after a conflict).
  const fingerprint = useMemo(() => JSON.stringify(shown.result), [shown.result]);
  const author = nameOf(underReview);
  const base = { config, data: task.data, taskId: task.id };

  if (fix) {
    return renderEditor({
      ...base,
      initialResult: asEntries(underReview.result),
      sessionKey: `fix:${underReview.id}:${fix.round}`,
      readOnly: false,
      label: `Your fix of ${author}’s annotation`,
      onSubmit: fix.onSave,
      aside: ({ submit }) => (
        <div className="review-fix" role="group" aria-label="Fix">
          <p className="review-fix__note">
            You are editing a copy; the original stays as {author} left it.
          </p>
          <Button
            variant="primary"
            pending={fix.saving}
            pendingLabel="Saving…"
            aria-keyshortcuts="Control+Enter"
            onClick={submit}
          >
            Save fix <kbd className="review-actions__key">Ctrl+Enter</kbd>
          </Button>
          <Button variant="secondary" onClick={fix.onCancel}>
            Cancel fix
          </Button>
        </div>
      ),
    });
  }
  return (
    <>
      {shown.id !== underReview.id && (
        <div className="review-session__comparing" role="status">
          <p>
            Showing {nameOf(shown)}’s annotation for comparison. Verdicts apply to the one under
            review.
          </p>
          <Button size="sm" onClick={props.onShowUnderReview}>
            Back to {author}’s annotation
          </Button>
          <Button size="sm" variant="ghost" onClick={props.onReviewShown}>
            Review this one instead
          </Button>
        </div>
      )}
      {renderEditor({
        ...base,
        initialResult: asEntries(shown.result),
        sessionKey: `view:${shown.id}:${fingerprint}`,
        readOnly: true,
        label: `${nameOf(shown)}’s annotation (read-only)`,
        onSubmit: undefined,
        aside: undefined,
      })}
    </>
  );
}
