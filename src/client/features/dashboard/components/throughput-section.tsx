import { useCallback, useMemo, useState } from 'react';
import type uPlot from 'uplot';
import type { Dashboard, ThroughputDay } from '../../../../shared/api/dashboard';
import { formatDay, formatNumber } from '../dashboard-format';
import { ChartFigure } from './chart-figure';
import { DataTable } from './data-table';
import { DownloadCsvButton } from './download-csv-button';
import { SERIES_COLORS, throughputOptions } from './throughput-options';
import { UPlotChart } from './uplot-chart';
import './throughput-section.css';

const HEIGHT = 220;

const columns = [
  { header: 'Submitted', cell: (d: ThroughputDay) => formatNumber(d.submitted), numeric: true },
  { header: 'Skipped', cell: (d: ThroughputDay) => formatNumber(d.skipped), numeric: true },
];
const dayColumn = { header: 'Day (UTC)', cell: (d: ThroughputDay) => formatDay(d.day) };

export function ThroughputSection({
  dashboard,
  projectId,
}: {
  dashboard: Dashboard;
  projectId: number;
}) {
  const { throughput, range, totals } = dashboard;
  const [hovered, setHovered] = useState<number | null>(null);
  const data = useMemo<uPlot.AlignedData>(
    () => [
      throughput.map((d) => Date.parse(`${d.day}T00:00:00Z`) / 1000),
      throughput.map((d) => d.submitted),
      throughput.map((d) => d.skipped),
    ],
    [throughput],
  );
  const options = useCallback(
    (lib: typeof uPlot, width: number, height: number) =>
      throughputOptions(lib, { width, height }, setHovered),
    [],
  );
  const point = hovered === null ? undefined : throughput[hovered];
  const label =
    `Bar chart of annotations submitted and skipped per day, ${formatDay(range.from)} to ` +
    `${formatDay(range.to)}: ${formatNumber(totals.annotations)} submitted and ` +
    `${formatNumber(totals.skipped)} skipped in all.`;

  return (
    <ChartFigure
      title="Throughput per day"
      actions={<DownloadCsvButton kind="throughput" projectId={projectId} dashboard={dashboard} />}
      chart={(onUnavailable) => (
        <UPlotChart
          label={label}
          data={data}
          height={HEIGHT}
          options={options}
          onUnavailable={onUnavailable}
        />
      )}
      footer={
        <div className="throughput__footer" aria-hidden="true">
          <span className="throughput__key">
            <span
              className="throughput__swatch"
              style={{ background: SERIES_COLORS.submitted() }}
            />
            Submitted
          </span>
          <span className="throughput__key">
            <span className="throughput__swatch" style={{ background: SERIES_COLORS.skipped() }} />
            Skipped
          </span>
          {point && (
            <span className="throughput__readout">
              {formatDay(point.day)}: {formatNumber(point.submitted)} submitted,{' '}
              {formatNumber(point.skipped)} skipped
            </span>
          )}
        </div>
      }
      table={
        <DataTable
          caption="Annotations submitted and skipped per day"
          rowHeader={dayColumn}
          columns={columns}
          rows={throughput}
          rowKey={(d) => d.day}
        />
      }
    />
  );
}
