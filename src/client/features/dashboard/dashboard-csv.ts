import type { Dashboard } from '../../../shared/api/dashboard';
import { toCsv } from './csv';

export interface CsvFile {
  filename: string;
  content: string;
}

export type CsvKind = 'throughput' | 'annotators' | 'labels';

/** The numbers behind each chart, one file per chart; every figure is in the file raw. */
const BUILDERS: { readonly [K in CsvKind]: (d: Dashboard) => string } = {
  throughput: (d) =>
    toCsv(
      ['day', 'submitted', 'skipped'],
      d.throughput.map((t) => [t.day, t.submitted, t.skipped]),
    ),
  annotators: (d) =>
    toCsv(
      [
        'user_id',
        'email',
        'name',
        'annotations',
        'skipped',
        'lead_time_median_seconds',
        'lead_time_p90_seconds',
        'reviews',
        'rejected',
        'reject_rate',
      ],
      d.annotators.map((a) => [
        a.user?.id,
        a.user?.email,
        a.user?.name,
        a.annotations,
        a.skipped,
        a.lead_time_median,
        a.lead_time_p90,
        a.reviews,
        a.rejected,
        a.reject_rate,
      ]),
    ),
  labels: (d) =>
    toCsv(
      ['control', 'tag', 'value', 'count'],
      d.labels.flatMap((c) => c.values.map((v) => [c.control, c.tag, v.value, v.count])),
    ),
};

export function dashboardCsv(kind: CsvKind, projectId: number, d: Dashboard): CsvFile {
  return {
    filename: `project-${projectId}-${kind}-${d.range.from}-to-${d.range.to}.csv`,
    content: BUILDERS[kind](d),
  };
}
