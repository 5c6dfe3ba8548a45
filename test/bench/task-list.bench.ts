import { acrossDatabases, freshBenchDb, type BenchDb } from './databases';
import type { RunningPostgres } from '../setup/embedded-postgres';
import { startChild } from './children';
import type { BenchRow } from './report';
import { MILLION, timedLoad, type StreamFixture } from './stream-load';

/**
 * Task table at 1M tasks: 100-row pages of `GET /api/tasks` with a filter and a sort, 10
 * connections, one case at a time. "first page" includes the filtered COUNT/SUM; "next pages"
 * follow `next_cursor` (totals carried in the cursor).
 */
const CONNECTIONS = 10;

const filters = (column: string, operator: string, value: unknown, type: string) =>
  encodeURIComponent(
    JSON.stringify({
      conjunction: 'and',
      items: [{ filter: `filter:tasks:${column}`, operator, type, value }],
    }),
  );
const ordering = (o: string) => encodeURIComponent(JSON.stringify([o]));

const CASES: [string, string][] = [
  ['no filter, -created_at', `ordering=${ordering('-tasks:created_at')}`],
  [
    'skipped (cancelled_annotations > 0), -id',
    `filters=${filters('cancelled_annotations', 'greater', 0, 'Number')}&ordering=${ordering('-tasks:id')}`,
  ],
  [
    'total_predictions = 1, -total_annotations',
    `filters=${filters('total_predictions', 'equal', 1, 'Number')}&ordering=${ordering('-tasks:total_annotations')}`,
  ],
  [
    'labeled (is_labeled = true), completed_at',
    `filters=${filters('is_labeled', 'equal', true, 'Boolean')}&ordering=${ordering('tasks:completed_at')}`,
  ],
  [
    'data.text contains "apples", -created_at',
    `filters=${filters('data.text', 'contains', 'apples', 'String')}&ordering=${ordering('-tasks:created_at')}`,
  ],
];

async function runOn(kind: 'sqlite' | 'postgres', pgCluster: RunningPostgres | null) {
  const { config, cleanup } = await freshBenchDb(kind, pgCluster);
  const child = await startChild<StreamFixture>(
    './stream-fixture.ts',
    [JSON.stringify(config), String(MILLION), '1'],
    600_000,
  );
  const rows: BenchRow[] = [];
  try {
    const { port, adminToken, projectId } = child.info;
    for (const [name, query] of CASES) {
      const base = `/api/tasks?project=${projectId}&page_size=100&${query}`;
      // First pages: always from the top.
      const first = await timedLoad({
        port,
        connections: CONNECTIONS,
        tokens: [adminToken],
        requests: [{ method: 'GET', path: base, timed: true }],
      });
      // Walks: each connection follows its own cursor (restarting at the end).
      const walk = await timedLoad({
        port,
        connections: CONNECTIONS,
        tokens: [adminToken],
        requests: [
          {
            method: 'GET',
            timed: true,
            setupRequest: (req, context) => ({
              ...req,
              path: context.after ? `${base}&after=${context.after as string}` : base,
            }),
            onResponse: (status, body, context) => {
              context.after =
                status === 200
                  ? (JSON.parse(body) as { next_cursor: string | null }).next_cursor
                  : null;
            },
          },
        ],
      });
      for (const [label, r] of [
        ['first page', first],
        ['cursor walk', walk],
      ] as const) {
        const bad = r.errors + r.latencies.length - (r.statuses.get(200) ?? 0);
        process.stderr.write(
          `[task-list ${kind}] ${name} (${label}): p50 ${r.p50.toFixed(1)} p95 ${r.p95.toFixed(1)} ms, ${r.rps.toFixed(0)} req/s, non-200 ${bad}\n`,
        );
        rows.push({
          case: `GET /api/tasks 100 rows, ${name} (${label}) p95`,
          db: kind,
          margin: r.p95,
          baseline: null,
          unit: 'ms',
          target: '≤ 50 ms (SQLite)',
          pass: bad === 0 && (kind === 'postgres' || r.p95 <= 50),
        });
      }
    }
  } finally {
    await child.stop();
    cleanup();
  }
  return rows;
}

export const run = (dbs: BenchDb[]): Promise<BenchRow[]> => acrossDatabases(dbs, runOn);
