// One annotation under review: facts, verdict buttons (A / R / F, G for ground truth), the
// editor (read-only, or editable on a copy for a fix), and the side panels beside it.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ResultItem } from '../../../../shared/api/common';
import type { TaskDetail } from '../../../../shared/api/task-detail';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useReviewKeys, type ReviewKeyAction } from '../hooks/use-review-keys';
import { useGroundTruth } from '../hooks/use-review-mutations';
import { useReviewSession } from '../hooks/use-review-session';
import { annotatorOf, personName } from '../review-format';
import { AnnotationFacts } from './annotation-facts';
import { RejectDialog } from './reject-dialog';
import { ReviewActions } from './review-actions';
import { ReviewBanners } from './review-banners';
import { ReviewEditor } from './review-editor';
import { ReviewSide } from './review-side';
import type { ReviewViewProps } from './review-view';
import './review-session.css';

type TaskAnnotation = TaskDetail['annotations'][number];

export interface ReviewSessionProps extends ReviewViewProps {
  task: TaskDetail;
  annotation: TaskAnnotation;
  refreshing: boolean;
}

const nameOf = (a: TaskAnnotation) =>
  a.completed_by ? personName(a.completed_by) : annotatorOf(a.created_username);

export function ReviewSession(props: ReviewSessionProps) {
  const { project, task, annotation, refreshing } = props;
  const annotatorName = nameOf(annotation);
  const session = useReviewSession(
    {
      projectId: project.id,
      filters: props.filters,
      taskId: task.id,
      taskNumber: task.id,
      annotation,
      annotatorName,
    },
    props,
  );
  const groundTruth = useGroundTruth(task.id);
  const [fixing, setFixing] = useState(false);
  const [fixRound, setFixRound] = useState(0);
  const [rejecting, setRejecting] = useState(false);
  const [shownId, setShownId] = useState(annotation.id);
  const shown = task.annotations.find((a) => a.id === shownId) ?? annotation;
  const comparing = shown.id !== annotation.id;
  useDocumentTitle(`Review task ${task.id} · ${project.title}`);

  // After a 409 the verdicts wait for the current version, so they never name the stale one.
  const busy = session.pendingAction !== null || (session.conflict !== null && refreshing);
  const idle = !busy && !fixing && !comparing;
  const toggleGroundTruth = () =>
    groundTruth.mutate({ annotationId: annotation.id, groundTruth: !annotation.ground_truth });
  const actions: ReviewKeyAction[] = [
    {
      id: 'accept',
      label: 'Accept',
      key: 'a',
      enabled: idle,
      run: () => void session.send('accept'),
    },
    { id: 'reject', label: 'Reject', key: 'r', enabled: idle, run: () => setRejecting(true) },
    { id: 'fix', label: 'Fix', key: 'f', enabled: idle, run: () => setFixing(true) },
    {
      id: 'ground-truth',
      label: 'Ground truth',
      key: 'g',
      enabled: !fixing && !comparing && !groundTruth.isPending,
      run: toggleGroundTruth,
    },
  ];
  useReviewKeys(actions);

  const dropFix = () => {
    setFixing(false);
    setFixRound((n) => n + 1);
  };
  const saveFix = (fixed: ResultEntry[]) =>
    void session.send('fix', { result: fixed as unknown as ResultItem[] });

  return (
    <div className="review-session">
      <header className="review-session__header">
        <div className="review-session__heading">
          <Link to={props.queueHref} className="review-session__back">
            ← Review queue
          </Link>
          <h1 className="review-session__title">
            Task {task.id} · {annotatorName}
          </h1>
        </div>
        <ReviewActions
          actions={actions}
          pending={groundTruth.isPending ? 'ground-truth' : session.pendingAction}
          groundTruth={annotation.ground_truth}
        />
      </header>
      <ReviewBanners
        notice={props.notice}
        session={session}
        current={annotation}
        refreshing={refreshing}
        fixing={fixing}
        onDropFix={dropFix}
        groundTruthError={groundTruth.error}
        onRetryGroundTruth={toggleGroundTruth}
      />
      <AnnotationFacts task={task} annotation={annotation} annotatorName={annotatorName} />
      <div className="review-session__body">
        <div className="review-session__editor">
          <ReviewEditor
            renderEditor={props.renderEditor}
            config={props.config}
            task={task}
            underReview={annotation}
            shown={shown}
            nameOf={nameOf}
            fix={
              fixing
                ? {
                    round: fixRound,
                    saving: session.pendingAction === 'fix',
                    onSave: saveFix,
                    onCancel: dropFix,
                  }
                : null
            }
            onShowUnderReview={() => setShownId(annotation.id)}
            onReviewShown={() => props.onOpen({ task: task.id, annotation: shown.id })}
          />
        </div>
        <ReviewSide
          task={task}
          underReview={annotation}
          shownId={fixing ? annotation.id : shown.id}
          viewer={props.viewer}
          selectedRegionId={props.selectedRegionId}
          nameOf={nameOf}
          onShow={fixing ? null : setShownId}
        />
      </div>
      <RejectDialog
        open={rejecting}
        annotatorName={annotatorName}
        pending={session.pendingAction === 'reject'}
        onClose={() => setRejecting(false)}
        onReject={async (reason) => {
          const stored = await session.send('reject', { comment: reason });
          setRejecting(false);
          return stored;
        }}
      />
    </div>
  );
}
