/**
 * Import benchmark: a generated file (gen-tasks.mjs) POSTed over real HTTP to a child server
 * on a fresh database, then the background job polled to the end. Reports wall time from the
 * first byte sent to the job's `done`, throughput over the file size, and the child's peak
 * RSS (VmHWM). `IMPORT_BENCH_COUNT` overrides the task count (default 1,000,000).
 */
import { acrossDatabases, freshBenchDb, type BenchDb } from './databases';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { RunningPostgres } from '../setup/embedded-postgres';
import { startChild } from './children';
import type { BenchRow } from './report';

const FIXTURES = path.resolve(import.meta.dirname, '../../../shared/fixtures');

interface Case {
  name: string;
  config: string;
  args: string[];
  targetSeconds: number | null;
}

const COUNT = Number(process.env.IMPORT_BENCH_COUNT ?? 1_000_000);
const CASES_ALL: Case[] = [
  {
    name: `import ${COUNT.toLocaleString('en-US')} sentiment tasks`,
    config: 'sentiment',
    args: ['--config', 'sentiment', '--count', String(COUNT)],
    targetSeconds: 60,
  },
  {
    name: `import ${(COUNT / 10).toLocaleString('en-US')} ner tasks + annotation + prediction`,
    config: 'ner',
    args: [
      '--config',
      'ner',
      '--count',
      String(COUNT / 10),
      '--annotations',
      '1',
      '--predictions',
      '1',
    ],
    targetSeconds: null,
  },
];
const CASES = process.env.IMPORT_BENCH_CASE
  ? CASES_ALL.filter((c) => c.config === process.env.IMPORT_BENCH_CASE)
  : CASES_ALL;

function generated(c: Case): string {
  const file = path.join(os.tmpdir(), `margin-import-bench-${c.args.join('_')}.json`);
  if (!existsSync(file)) {
    execFileSync(
      process.execPath,
      [path.join(FIXTURES, 'gen-tasks.mjs'), ...c.args, '--out', file],
      {
        stdio: 'inherit',
      },
    );
  }
  return file;
}

function post(
  port: number,
  token: string,
  url: string,
  file: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: url,
        method: 'POST',
        headers: {
          authorization: `Token ${token}`,
          'content-type': 'application/json',
          'content-length': statSync(file).size,
        },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    createReadStream(file).pipe(req);
  });
}

async function getJson(port: number, token: string, url: string) {
  const res = await fetch(`http://127.0.0.1:${port}${url}`, {
    headers: { authorization: `Token ${token}` },
  });
  return (await res.json()) as Record<string, unknown>;
}

const peakRssMb = (pid: number) => {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};

async function runCase(kind: 'sqlite' | 'postgres', cluster: RunningPostgres | null, c: Case) {
  const file = generated(c);
  const size = statSync(file).size;
  const { config, cleanup } = await freshBenchDb(kind, cluster);
  const child = await startChild<{ port: number; token: string; projectId: number }>(
    './import-server.ts',
    [JSON.stringify(config), path.join(FIXTURES, 'configs', `${c.config}.xml`)],
  );
  try {
    const { port, token, projectId } = child.info;
    const t0 = performance.now();
    const res = await post(port, token, `/api/projects/${projectId}/import`, file);
    if (res.status !== 202 && res.status !== 201)
      throw new Error(`import answered ${res.status}: ${res.body.slice(0, 500)}`);
    let job: Record<string, unknown> = JSON.parse(res.body) as Record<string, unknown>;
    if (res.status === 202) {
      const id = job.import as number;
      for (;;) {
        job = await getJson(port, token, `/api/projects/${projectId}/imports/${id}`);
        if (job.status === 'done' || job.status === 'failed') break;
        await new Promise((r) => setTimeout(r, 200));
      }
      if (job.status !== 'done')
        throw new Error(`import job failed: ${JSON.stringify(job.errors)}`);
    }
    const seconds = (performance.now() - t0) / 1000;
    const rss = peakRssMb(child.process.pid!);
    const mbps = size / 2 ** 20 / seconds;
    process.stderr.write(
      `${kind} ${c.name}: ${seconds.toFixed(1)} s, ${mbps.toFixed(1)} MB/s, peak RSS ${rss.toFixed(0)} MB, ${String(job.task_count)} tasks\n`,
    );
    const rows: BenchRow[] = [
      {
        case: `${c.name} (s)`,
        db: kind,
        margin: seconds,
        baseline: null,
        unit: 's',
        target: c.targetSeconds ? `≤ ${c.targetSeconds} s (SQLite)` : '—',
        pass: !c.targetSeconds || kind === 'postgres' || seconds <= c.targetSeconds,
        lowerIsBetter: true,
      },
      {
        case: `${c.name} (MB/s)`,
        db: kind,
        margin: mbps,
        baseline: null,
        unit: 'MB/s',
        target: '—',
        pass: true,
      },
      {
        case: `${c.name} peak RSS (MB)`,
        db: kind,
        margin: rss,
        baseline: null,
        unit: 'MB',
        target: '≤ 500 MB',
        pass: rss <= 500,
        lowerIsBetter: true,
      },
    ];
    return rows;
  } finally {
    await child.stop();
    cleanup();
  }
}

export const run = (dbs: BenchDb[]): Promise<BenchRow[]> =>
  acrossDatabases(dbs, async (kind, cluster) => {
    const rows: BenchRow[] = [];
    for (const c of CASES) rows.push(...(await runCase(kind, cluster, c)));
    return rows;
  });
