// The task's annotations side by side (one editor at a time, so each is summarized here), and
// its predictions with their scores.
import type { TaskDetail } from '../../../../shared/api/task-detail';
import { Badge } from '../../../components/badge';
import { Button } from '../../../components/button';
import { formatLeadTime, formatScore, lastActionLabel } from '../review-format';
import { asEntries, summarizeResult } from '../result-summary';

type TaskAnnotation = TaskDetail['annotations'][number];

function ResultLines({ result }: { result: TaskAnnotation['result'] }) {
  const lines = summarizeResult(asEntries(result));
  if (lines.length === 0) return <p className="muted review-summary__empty">Empty result</p>;
  return (
    <ul className="review-summary">
      {lines.map((line) => (
        <li key={line.key}>{line.text}</li>
      ))}
    </ul>
  );
}

export interface TaskAnnotationsProps {
  task: TaskDetail;
  underReview: number;
  shown: number;
  nameOf(annotation: TaskAnnotation): string;
  /** Null while the editor is busy with a fix. */
  onShow: ((annotationId: number) => void) | null;
}

export function TaskAnnotations({
  task,
  underReview,
  shown,
  nameOf,
  onShow,
}: TaskAnnotationsProps) {
  return (
    <section className="review-panel" aria-labelledby="review-compare-title">
      <h2 id="review-compare-title" className="review-panel__title">
        Annotations on this task ({task.annotations.length})
      </h2>
      <ul className="review-compare">
        {task.annotations.map((a) => {
          const name = nameOf(a);
          return (
            <li
              key={a.id}
              className={`review-compare__item${a.id === shown ? ' review-compare__item--shown' : ''}`}
            >
              <div className="review-compare__head">
                <strong>{name}</strong>
                {a.id === underReview && <Badge tone="accent">Under review</Badge>}
                {a.ground_truth && <Badge tone="success">★ Ground truth</Badge>}
              </div>
              <p className="review-compare__meta">
                {a.was_cancelled ? 'Skipped' : lastActionLabel(a.last_action)} ·{' '}
                {formatLeadTime(a.lead_time)}
              </p>
              <ResultLines result={a.result} />
              {a.id === shown ? (
                <p className="review-compare__shown">In the editor</p>
              ) : (
                onShow && (
                  <Button size="sm" variant="ghost" onClick={() => onShow(a.id)}>
                    Show {name}’s annotation
                  </Button>
                )
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function TaskPredictions({ task }: { task: TaskDetail }) {
  if (task.predictions.length === 0) return null;
  return (
    <section className="review-panel" aria-labelledby="review-predictions-title">
      <h2 id="review-predictions-title" className="review-panel__title">
        Predictions
      </h2>
      <ul className="review-compare">
        {task.predictions.map((p) => (
          <li key={p.id} className="review-compare__item">
            <div className="review-compare__head">
              <strong>{p.model_version || 'Model'}</strong>
              <span className="muted">score {formatScore(p.score)}</span>
            </div>
            <ResultLines result={p.result} />
          </li>
        ))}
      </ul>
    </section>
  );
}
