// Builders for dashboard responses; every body goes through the shared schema, so a stub can
// never drift from what the server may send.
import {
  AnnotatorFigures,
  Dashboard,
  daysOf,
  rate,
  type DayRange,
} from '../../../shared/api/dashboard';

export function buildAnnotator(overrides: Partial<AnnotatorFigures> = {}): AnnotatorFigures {
  const figures = {
    user: { id: 11, email: 'ada@example.org', name: 'Ada Lovelace' },
    annotations: 3,
    skipped: 0,
    lead_time_median: 20,
    lead_time_p90: 28,
    reviews: 2,
    rejected: 1,
    reject_rate: 0.5,
    ...overrides,
  };
  return AnnotatorFigures.parse(figures);
}

/** A dashboard over `range`; per-day counts go on the given days, zero elsewhere. */
export function buildDashboard(
  range: DayRange,
  overrides: Partial<Omit<Dashboard, 'range' | 'throughput'>> & {
    perDay?: Record<string, { submitted: number; skipped: number }>;
  } = {},
): Dashboard {
  const { perDay = {}, ...rest } = overrides;
  const throughput = daysOf(range).map((day) => ({
    day,
    submitted: perDay[day]?.submitted ?? 0,
    skipped: perDay[day]?.skipped ?? 0,
  }));
  const annotations = throughput.reduce((n, d) => n + d.submitted, 0);
  const skipped = throughput.reduce((n, d) => n + d.skipped, 0);
  return Dashboard.parse({
    range,
    progress: { tasks: 40, labeled_tasks: 12, annotations: 15, skipped: 3, ground_truth: 2 },
    totals: {
      annotations,
      skipped,
      skip_rate: rate(skipped, annotations + skipped),
      reviews: 2,
      rejected: 1,
      reject_rate: 0.5,
    },
    throughput,
    annotators: [buildAnnotator()],
    labels: [
      {
        control: 'sentiment',
        tag: 'Choices',
        values: [
          { value: 'Positive', count: 3 },
          { value: 'Neutral', count: 0 },
          { value: 'Negative', count: 1 },
        ],
      },
    ],
    ...rest,
  });
}
