import type { AnnotatorFigures, Dashboard } from '../../../../shared/api/dashboard';
import { annotatorName, formatNumber, formatRate, formatSeconds } from '../dashboard-format';
import { Bar } from './bar';
import { DataTable, type Column } from './data-table';
import { DownloadCsvButton } from './download-csv-button';
import './dashboard-section.css';

const keyOf = (a: AnnotatorFigures) => a.user?.id ?? 0;

function leadTimeCell(seconds: number | null, longest: number, tone: 'accent' | 'muted') {
  return (
    <span className="figure-bar">
      <span className="figure-bar__value">{formatSeconds(seconds)}</span>
      <Bar value={seconds ?? 0} max={longest} tone={tone} />
    </span>
  );
}

/**
 * Per annotator: how much, how fast (median and p90 lead time, drawn against the slowest p90
 * so the bars compare across rows) and how often reviews rejected their work.
 */
export function AnnotatorsSection({
  dashboard,
  projectId,
}: {
  dashboard: Dashboard;
  projectId: number;
}) {
  const { annotators } = dashboard;
  const longest = Math.max(0, ...annotators.map((a) => a.lead_time_p90 ?? 0));
  const columns: Column<AnnotatorFigures>[] = [
    { header: 'Annotations', cell: (a) => formatNumber(a.annotations), numeric: true },
    { header: 'Skipped', cell: (a) => formatNumber(a.skipped), numeric: true },
    {
      header: 'Median lead time',
      cell: (a) => leadTimeCell(a.lead_time_median, longest, 'accent'),
    },
    { header: 'p90 lead time', cell: (a) => leadTimeCell(a.lead_time_p90, longest, 'muted') },
    { header: 'Reviews', cell: (a) => formatNumber(a.reviews), numeric: true },
    {
      header: 'Reject rate',
      cell: (a) =>
        a.reviews === 0 ? '—' : `${formatRate(a.reject_rate)} (${formatNumber(a.rejected)})`,
      numeric: true,
    },
  ];

  return (
    <section className="dashboard-section" aria-labelledby="dashboard-annotators">
      <header className="dashboard-section__header">
        <h2 id="dashboard-annotators" className="dashboard-section__title">
          Annotators
        </h2>
        {annotators.length > 0 && (
          <DownloadCsvButton kind="annotators" projectId={projectId} dashboard={dashboard} />
        )}
      </header>
      {annotators.length === 0 ? (
        <p className="muted dashboard-section__empty">Nobody annotated in this range.</p>
      ) : (
        <DataTable
          caption="Annotations, lead times and reject rate per annotator"
          hideCaption
          rowHeader={{ header: 'Annotator', cell: annotatorName }}
          columns={columns}
          rows={annotators}
          rowKey={keyOf}
        />
      )}
    </section>
  );
}
