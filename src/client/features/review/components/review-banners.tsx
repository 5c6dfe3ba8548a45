// Messages above the review view: what the last verdict did, the 409 flow, and refusals shown
// in place with a retry.
import type { Annotation } from '../../../../shared/api/annotations';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { errorMessage } from '../../../lib/api-client';
import type { useReviewSession } from '../hooks/use-review-session';
import { ConflictNotice } from './conflict-notice';

export interface ReviewBannersProps {
  notice: string | null;
  session: ReturnType<typeof useReviewSession>;
  current: Pick<Annotation, 'result' | 'last_action' | 'updated_at'>;
  refreshing: boolean;
  fixing: boolean;
  onDropFix(): void;
  groundTruthError: unknown;
  onRetryGroundTruth(): void;
}

export function ReviewBanners(props: ReviewBannersProps) {
  const { session, fixing } = props;
  return (
    <>
      <div role="status" className="review-session__notice">
        {props.notice}
      </div>
      {session.conflict && (
        <ConflictNotice
          action={session.conflict}
          current={props.current}
          refreshing={props.refreshing}
          fixing={fixing}
          onReviewCurrent={() => {
            if (fixing) props.onDropFix();
            session.clearConflict();
          }}
          onNext={() => void session.skip()}
        />
      )}
      {session.failure && (
        <Alert title="That didn’t go through">
          <p>{session.failure.message}</p>
          <Button size="sm" onClick={session.failure.retry}>
            Try again
          </Button>
        </Alert>
      )}
      {props.groundTruthError != null && (
        <Alert title="Ground truth was not changed">
          <p>{errorMessage(props.groundTruthError)}</p>
          <Button size="sm" onClick={props.onRetryGroundTruth}>
            Try again
          </Button>
        </Alert>
      )}
    </>
  );
}
