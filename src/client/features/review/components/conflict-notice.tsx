import type { Annotation } from '../../../../shared/api/annotations';
import type { ReviewAction } from '../../../../shared/api/reviews';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { formatDateTime, lastActionLabel } from '../review-format';
import { asEntries, summarizeResult } from '../result-summary';

const VERBS: Readonly<Record<ReviewAction, string>> = {
  accept: 'acceptance',
  reject: 'rejection',
  fix: 'fix',
};

export interface ConflictNoticeProps {
  action: ReviewAction;
  /** The annotation as the server has it now (once the reload is in). */
  current: Pick<Annotation, 'result' | 'last_action' | 'updated_at'>;
  refreshing: boolean;
  /** In a fix the reviewer's edits are still open; otherwise the view shows the current version. */
  fixing: boolean;
  onReviewCurrent(): void;
  onNext(): void;
}

/**
 * The 409 flow: the annotation changed after it was opened, so nothing was written. The page
 * has reloaded it; the reviewer sees what it is now and reviews that, or moves on.
 */
export function ConflictNotice(props: ConflictNoticeProps) {
  const { action, current, refreshing, fixing, onReviewCurrent, onNext } = props;
  const lines = summarizeResult(asEntries(current.result));
  return (
    <div role="alert">
      <Alert tone="info" title="This annotation changed while you were reviewing it">
        <p>
          Your {VERBS[action]} was not saved.{' '}
          {refreshing
            ? 'Loading the current version…'
            : `It is now: ${lastActionLabel(current.last_action)}, changed ${formatDateTime(current.updated_at)}.`}
        </p>
        {fixing && !refreshing && (
          <>
            <p>Its current result:</p>
            <ul className="review-summary">
              {lines.map((l) => (
                <li key={l.key}>{l.text}</li>
              ))}
              {lines.length === 0 && <li>Empty</li>}
            </ul>
            <p>Save your fix again to apply it to this version, or drop it.</p>
          </>
        )}
        <div className="review-conflict__actions">
          <Button size="sm" variant="primary" disabled={refreshing} onClick={onReviewCurrent}>
            {fixing ? 'Drop my fix and review the current version' : 'Review the current version'}
          </Button>
          <Button size="sm" variant="secondary" onClick={onNext}>
            Go to the next annotation
          </Button>
        </div>
      </Alert>
    </div>
  );
}
