import type { Dashboard } from '../../../../shared/api/dashboard';
import { ProgressBar, formatPercent } from '../../../components/progress-bar';
import { StatList } from '../../../components/stat-list';
import { formatNumber, formatRate } from '../dashboard-format';
import './dashboard-section.css';

/**
 * "1 of 3": the counts behind a rate, so a 100 % from one review reads as what it is; and
 * words where the rate is only a dash.
 */
const outOf = (part: number, whole: number, none: string) =>
  whole === 0 ? none : `${formatNumber(part)} of ${formatNumber(whole)}`;

/** Progress over all time (the project's counters), then the range's totals and rates. */
export function SummarySection({ dashboard }: { dashboard: Dashboard }) {
  const { progress, totals } = dashboard;
  const labeled = `${formatNumber(progress.labeled_tasks)} of ${formatNumber(progress.tasks)} tasks labeled`;
  return (
    <>
      <section className="dashboard-section" aria-labelledby="dashboard-progress">
        <header className="dashboard-section__header">
          <h2 id="dashboard-progress" className="dashboard-section__title">
            Progress
          </h2>
          <span className="muted">All time</span>
        </header>
        <div className="dashboard-section__group">
          <p className="dashboard-progress__line">
            <span>{labeled}</span>
            <strong>{formatPercent(progress.labeled_tasks, progress.tasks)}</strong>
          </p>
          <ProgressBar
            label="Tasks labeled"
            value={progress.labeled_tasks}
            max={progress.tasks}
            valueText={labeled}
            tone="success"
          />
        </div>
        <StatList
          stats={[
            { label: 'Tasks', value: formatNumber(progress.tasks) },
            { label: 'Labeled tasks', value: formatNumber(progress.labeled_tasks) },
            { label: 'Annotations', value: formatNumber(progress.annotations) },
            { label: 'Skipped', value: formatNumber(progress.skipped) },
            { label: 'Ground truth', value: formatNumber(progress.ground_truth) },
          ]}
        />
      </section>

      <section className="dashboard-section" aria-labelledby="dashboard-range-totals">
        <header className="dashboard-section__header">
          <h2 id="dashboard-range-totals" className="dashboard-section__title">
            In this range
          </h2>
        </header>
        <StatList
          stats={[
            { label: 'Annotations', value: formatNumber(totals.annotations) },
            { label: 'Skipped', value: formatNumber(totals.skipped) },
            {
              label: 'Skip rate',
              value: formatRate(totals.skip_rate),
              hint: outOf(totals.skipped, totals.annotations + totals.skipped, 'Nothing submitted'),
            },
            { label: 'Reviews', value: formatNumber(totals.reviews) },
            {
              label: 'Reject rate',
              value: formatRate(totals.reject_rate),
              hint: outOf(totals.rejected, totals.reviews, 'No reviews'),
            },
          ]}
        />
      </section>
    </>
  );
}
