import { acrossDatabases, freshBenchDb, type BenchDb } from './databases';
import autocannon from 'autocannon';
import type { RunningPostgres } from '../setup/embedded-postgres';
import { startChild } from './children';
import type { BenchRow } from './report';
import { annotationBody } from './seed-data';

interface Fixture {
  port: number;
  token: string;
  projectId: number;
  taskIds: number[];
}

const TASKS = 20_000;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

async function load(port: number, opts: Partial<autocannon.Options>) {
  const result = await autocannon({ url: `http://127.0.0.1:${port}`, duration: SECONDS, ...opts });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `benchmark run had ${result.non2xx} non-2xx answers and ${result.errors} errors`,
    );
  }
  return { rps: result.requests.average, p99: result.latency.p99, p50: result.latency.p50 };
}

function rotating(
  ids: number[],
  make: (id: number) => { method: 'GET' | 'POST'; path: string; body?: string },
) {
  let i = 0;
  return [
    {
      setupRequest: (req: autocannon.Request) => {
        const id = ids[i++ % ids.length]!;
        return { ...req, ...make(id) };
      },
    },
  ];
}

async function timeOnce(port: number, token: string, body: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}/api/annotations/bulk`, {
    method: 'POST',
    headers: { authorization: `Token ${token}`, 'content-type': 'application/json' },
    body,
  });
  if (res.status !== 201)
    throw new Error(`bulk create answered ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
  return performance.now() - t0;
}

/** The HTTP cases of the foundation issue, Margin against the bare baseline, on one database. */
async function runOn(
  kind: 'sqlite' | 'postgres',
  pgCluster: RunningPostgres | null,
): Promise<BenchRow[]> {
  const { config, cleanup } = await freshBenchDb(kind, pgCluster);
  const margin = await startChild<Fixture>('./fixture-server.ts', [
    JSON.stringify(config),
    String(TASKS),
  ]);
  const baseline = await startChild<{ port: number }>('./baseline-server.ts', [
    JSON.stringify(config),
  ]);
  const rows: BenchRow[] = [];
  try {
    const { token, taskIds } = margin.info;
    const headers = { authorization: `Token ${token}`, 'content-type': 'application/json' };
    const readIds = taskIds.slice(0, 1000);
    const getCase = (port: number, duration = SECONDS) =>
      load(port, {
        connections: 10,
        headers,
        duration,
        requests: rotating(readIds, (id) => ({ method: 'GET', path: `/api/tasks/${id}` })),
      });
    // Warm both (JIT, page cache), then alternate so drift in machine load hits both alike.
    await getCase(margin.info.port, 2);
    await getCase(baseline.info.port, 2);
    const b1 = await getCase(baseline.info.port);
    const m1 = await getCase(margin.info.port);
    const b2 = await getCase(baseline.info.port);
    const m2 = await getCase(margin.info.port);
    const mGet = (m1.rps + m2.rps) / 2;
    const bGet = (b1.rps + b2.rps) / 2;
    rows.push({
      case: 'GET /api/tasks/{id} (req/s, 10 conns)',
      db: kind,
      margin: mGet,
      baseline: bGet,
      unit: 'req/s',
      target: 'ratio ≥ 0.80',
      pass: mGet / bGet >= 0.8,
    });

    // Creates go to distinct task ranges so the two servers never touch the same rows.
    const half = Math.floor(taskIds.length / 2);
    const writeIds = taskIds.slice(1000, half);
    const baselineWriteIds = taskIds.slice(half);
    const postTo = (id: number) => ({
      method: 'POST' as const,
      path: `/api/tasks/${id}/annotations`,
      body: annotationBody(),
    });
    const postCase = (port: number, ids: number[], duration = SECONDS) =>
      load(port, { connections: 50, headers, duration, requests: rotating(ids, postTo) });
    // Warm the write path of both (JIT), as the reads were, on tasks of their own.
    await postCase(baseline.info.port, baselineWriteIds, 2);
    await postCase(margin.info.port, writeIds, 2);
    const bPost = await postCase(baseline.info.port, baselineWriteIds);
    const mPost = await postCase(margin.info.port, writeIds);
    rows.push({
      case: 'POST annotation (req/s, 50 conns)',
      db: kind,
      margin: mPost.rps,
      baseline: bPost.rps,
      unit: 'req/s',
      target: '≥ 5000/s (SQLite)',
      pass: kind === 'postgres' || mPost.rps >= 5000,
    });
    rows.push({
      case: 'POST annotation p99 (ms, 50 conns)',
      db: kind,
      margin: mPost.p99,
      baseline: bPost.p99,
      unit: 'ms',
      target: '≤ 20 ms (SQLite)',
      pass: kind === 'postgres' || mPost.p99 <= 20,
    });

    const bulkIds = taskIds.slice(0, 10_000);
    const bulkBody = JSON.stringify({ ...JSON.parse(annotationBody()), tasks: bulkIds });
    const times = { m: [] as number[], b: [] as number[] };
    for (let i = 0; i < 3; i++) {
      times.b.push(await timeOnce(baseline.info.port, token, bulkBody));
      times.m.push(await timeOnce(margin.info.port, token, bulkBody));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    rows.push({
      case: 'bulk create 10,000 annotations (ms)',
      db: kind,
      margin: median(times.m),
      baseline: median(times.b),
      unit: 'ms',
      target: '≤ 1000 ms (SQLite)',
      pass: kind === 'postgres' || median(times.m) <= 1000,
      lowerIsBetter: true,
    });
  } finally {
    await margin.stop();
    await baseline.stop();
    cleanup();
  }
  return rows;
}

export const run = (dbs: BenchDb[]): Promise<BenchRow[]> => acrossDatabases(dbs, runOn);
