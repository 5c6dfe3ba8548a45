// One annotation under review: the verdict being sent, a refusal shown in place (with retry),
// the 409 flow (someone changed the annotation since it was opened: nothing was written, the
// task is reloaded and the reviewer judges the current version), and moving on afterwards.
import { useState } from 'react';
import type { Annotation } from '../../../../shared/api/annotations';
import type { ResultItem } from '../../../../shared/api/common';
import type { ReviewAction, ReviewQueueFilters } from '../../../../shared/api/reviews';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { REVIEW_ACTION_DONE } from '../review-format';
import type { OpenAnnotation } from './use-review-params';
import { useNextReview } from './use-next-review';
import { useSubmitReview } from './use-review-mutations';

export interface ReviewTarget {
  projectId: number;
  filters: ReviewQueueFilters;
  taskId: number;
  /** The task's number as people see it ("task 12"). */
  taskNumber: number;
  annotation: Pick<Annotation, 'id' | 'updated_at'>;
  annotatorName: string;
}

export interface ReviewNavigation {
  onNotice(message: string): void;
  onOpen(target: OpenAnnotation): void;
  onBack(): void;
}

export interface ReviewExtras {
  comment?: string;
  result?: ResultItem[];
}

export interface Failure {
  message: string;
  retry(): void;
}

export function useReviewSession(target: ReviewTarget, nav: ReviewNavigation) {
  const submit = useSubmitReview();
  const goNext = useNextReview(target.projectId, target.filters, target.annotation.id);
  const [conflict, setConflict] = useState<ReviewAction | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  /** To the next annotation waiting, or back to the queue when none is left. */
  const moveOn = async (done: string) => {
    try {
      const next = await goNext();
      if (next) {
        nav.onNotice(done);
        nav.onOpen({ task: next.task.id, annotation: next.annotation.id });
        return;
      }
      nav.onNotice(`${done} Nothing else waits for review.`.trim());
    } catch {
      // The verdict is stored; the queue page shows what is left (or why it can't).
      nav.onNotice(done);
    }
    nav.onBack();
  };

  /** Sends the verdict on the version shown; true when the server stored it. */
  const send = async (action: ReviewAction, extras: ReviewExtras = {}): Promise<boolean> => {
    setFailure(null);
    setConflict(null);
    try {
      await submit.mutateAsync({
        annotationId: target.annotation.id,
        taskId: target.taskId,
        body: { action, updated_at: target.annotation.updated_at, ...extras },
      });
    } catch (error) {
      if (isApiError(error, 409)) setConflict(action);
      else setFailure({ message: errorMessage(error), retry: () => void send(action, extras) });
      return false;
    }
    await moveOn(
      `${REVIEW_ACTION_DONE[action]} task ${target.taskNumber} by ${target.annotatorName}.`,
    );
    return true;
  };

  return {
    send,
    pendingAction: submit.isPending ? (submit.variables.body.action ?? null) : null,
    conflict,
    failure,
    clearConflict: () => setConflict(null),
    /** Leaves this one unreviewed. */
    skip: () => moveOn(''),
  };
}
