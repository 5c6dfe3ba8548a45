import type { Dashboard } from '../../../../shared/api/dashboard';
import { Button } from '../../../components/button';
import { downloadCsv } from '../csv';
import { dashboardCsv, type CsvKind } from '../dashboard-csv';

const WHAT: Record<CsvKind, string> = {
  throughput: 'throughput per day',
  annotators: 'per-annotator figures',
  labels: 'label distribution',
};

/** Saves the numbers behind one chart as a CSV file, built here from the figures on screen. */
export function DownloadCsvButton({
  kind,
  projectId,
  dashboard,
}: {
  kind: CsvKind;
  projectId: number;
  dashboard: Dashboard;
}) {
  return (
    <Button
      size="sm"
      aria-label={`Download CSV of the ${WHAT[kind]}`}
      onClick={() => {
        const file = dashboardCsv(kind, projectId, dashboard);
        downloadCsv(file.filename, file.content);
      }}
    >
      Download CSV
    </Button>
  );
}
