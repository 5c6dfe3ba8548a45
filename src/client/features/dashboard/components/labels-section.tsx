import type { ControlDistribution, Dashboard, LabelCount } from '../../../../shared/api/dashboard';
import { formatNumber } from '../dashboard-format';
import { Bar } from './bar';
import { DataTable } from './data-table';
import { DownloadCsvButton } from './download-csv-button';
import './dashboard-section.css';

function share(count: number, total: number): string {
  if (total === 0) return '—';
  const percent = (count / total) * 100;
  return `${percent > 0 && percent < 1 ? '<1' : Math.round(percent)}%`;
}

function ControlTable({ control }: { control: ControlDistribution }) {
  const total = control.values.reduce((sum, v) => sum + v.count, 0);
  const most = Math.max(0, ...control.values.map((v) => v.count));
  return (
    <div className="dashboard-section__group">
      <h3 className="dashboard-section__subtitle">
        {control.control} <span className="muted">({control.tag})</span>
      </h3>
      {control.values.length === 0 ? (
        <p className="muted dashboard-section__empty">Nothing chosen in this range.</p>
      ) : (
        <DataTable
          caption={`How often each value of ${control.control} was chosen`}
          hideCaption
          rowHeader={{ header: 'Value', cell: (v: LabelCount) => v.value }}
          columns={[
            { header: 'Count', cell: (v) => formatNumber(v.count), numeric: true },
            { header: 'Share', cell: (v) => share(v.count, total), numeric: true },
            { header: 'Distribution', cell: (v) => <Bar value={v.count} max={most} /> },
          ]}
          rows={control.values}
          rowKey={(v) => v.value}
        />
      )}
    </div>
  );
}

/** Per labelled control, its values as horizontal bars (a table: the bars are its last column). */
export function LabelsSection({
  dashboard,
  projectId,
}: {
  dashboard: Dashboard;
  projectId: number;
}) {
  const { labels } = dashboard;
  return (
    <section className="dashboard-section" aria-labelledby="dashboard-labels">
      <header className="dashboard-section__header">
        <h2 id="dashboard-labels" className="dashboard-section__title">
          Label distribution
        </h2>
        {labels.length > 0 && (
          <DownloadCsvButton kind="labels" projectId={projectId} dashboard={dashboard} />
        )}
      </header>
      {labels.length === 0 ? (
        <p className="muted dashboard-section__empty">
          This project&apos;s labeling setup has no labels, choices or ratings to count.
        </p>
      ) : (
        labels.map((control) => <ControlTable key={control.control} control={control} />)
      )}
    </section>
  );
}
