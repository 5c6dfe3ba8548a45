import type { TaskDetail } from '../../../../shared/api/task-detail';
import { StatList } from '../../../components/stat-list';
import { formatDateTime, formatLeadTime, formatScore, lastActionLabel } from '../review-format';

export interface AnnotationFactsProps {
  task: TaskDetail;
  annotation: TaskDetail['annotations'][number];
  annotatorName: string;
}

/** Who made the annotation, how long it took, where it stands, and what the model thought. */
export function AnnotationFacts({ task, annotation, annotatorName }: AnnotationFactsProps) {
  const scores = task.predictions.map((p) => formatScore(p.score));
  return (
    <div className="review-facts">
      <StatList
        stats={[
          { label: 'Annotator', value: annotatorName },
          {
            label: 'Submitted',
            value: (
              <time dateTime={annotation.created_at}>{formatDateTime(annotation.created_at)}</time>
            ),
          },
          { label: 'Lead time', value: formatLeadTime(annotation.lead_time) },
          { label: 'Status', value: lastActionLabel(annotation.last_action) },
          { label: 'Ground truth', value: annotation.ground_truth ? '★ Yes' : 'No' },
          {
            label: scores.length > 1 ? 'Prediction scores' : 'Prediction score',
            value: scores.length > 0 ? scores.join(', ') : 'No predictions',
          },
        ]}
      />
    </div>
  );
}
