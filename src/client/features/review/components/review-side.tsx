// Beside the editor: the task's annotations and predictions for comparison, the verdicts given
// so far, and the comments on the annotation under review.
import { useMemo } from 'react';
import type { TaskDetail } from '../../../../shared/api/task-detail';
import { asEntries, regionTitle } from '../result-summary';
import { TaskAnnotations, TaskPredictions } from './annotation-summary';
import { CommentsPanel } from './comments-panel';
import { ReviewHistory } from './review-history';
import type { Viewer } from './review-types';

type TaskAnnotation = TaskDetail['annotations'][number];

export interface ReviewSideProps {
  task: TaskDetail;
  underReview: TaskAnnotation;
  shownId: number;
  viewer: Viewer;
  selectedRegionId: string | null;
  nameOf(annotation: TaskAnnotation): string;
  /** Null while fixing: the editor holds the copy, not another annotation. */
  onShow: ((annotationId: number) => void) | null;
}

export function ReviewSide(props: ReviewSideProps) {
  const { task, underReview, viewer, selectedRegionId, nameOf, onShow } = props;
  const result = useMemo(() => asEntries(underReview.result), [underReview.result]);
  // Reviews and comments name users by id; the page knows the annotators and the viewer.
  const personOf = (id: number | null) => {
    if (id === null) return 'a deleted user';
    if (id === viewer.id) return 'you';
    const a = task.annotations.find((x) => x.completed_by?.id === id);
    return a ? nameOf(a) : `user ${id}`;
  };
  const selected = selectedRegionId === null ? null : regionTitle(result, selectedRegionId);

  return (
    <div className="review-session__side">
      <TaskAnnotations
        task={task}
        underReview={underReview.id}
        shown={props.shownId}
        nameOf={nameOf}
        onShow={onShow}
      />
      <TaskPredictions task={task} />
      <ReviewHistory
        annotationId={underReview.id}
        taskId={task.id}
        viewer={viewer}
        personOf={personOf}
      />
      <CommentsPanel
        annotationId={underReview.id}
        taskId={task.id}
        viewer={viewer}
        personOf={personOf}
        region={
          selected === null || selectedRegionId === null
            ? null
            : { id: selectedRegionId, title: selected }
        }
        regionTitle={(ref) => (typeof ref === 'string' ? regionTitle(result, ref) : null)}
      />
    </div>
  );
}
