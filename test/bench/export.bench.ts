/**
 * Export throughput: a project of EXPORT_BENCH_TASKS tasks (default 1,000,000; ~300-character
 * texts, one annotation each) is seeded by direct inserts in one child process, then exported
 * by the real server in another, in every format. Reports MB/s per format and the server's
 * peak RSS (sampled from /proc during each export; VmHWM over the whole run).
 */
import { acrossDatabases, freshBenchDb, type BenchDb } from './databases';
import { readFileSync } from 'node:fs';
import type { RunningPostgres } from '../setup/embedded-postgres';
import { startChild } from './children';
import type { BenchRow } from './report';

const TASKS = Number(process.env.EXPORT_BENCH_TASKS ?? 1_000_000);
const TARGET_MBPS = 50;
const FORMATS = ['JSON', 'JSON_MIN', 'CSV', 'TSV'] as const;

/** Resident and peak resident set of a process, in MB (Linux; 0 elsewhere). */
function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

async function timeExport(
  port: number,
  token: string,
  projectId: number,
  type: string,
  pid: number,
) {
  let peak = memoryOf(pid).rss;
  const sampler = setInterval(() => (peak = Math.max(peak, memoryOf(pid).rss)), 50);
  const t0 = performance.now();
  const res = await fetch(
    `http://127.0.0.1:${port}/api/projects/${projectId}/export?exportType=${type}`,
    { headers: { authorization: `Token ${token}` } },
  );
  if (res.status !== 200)
    throw new Error(`export ${type} answered ${res.status}: ${await res.text()}`);
  let bytes = 0;
  for await (const chunk of res.body!) bytes += (chunk as Uint8Array).byteLength;
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  return { mb: bytes / 1e6, seconds, mbps: bytes / 1e6 / seconds, peakRss: peak };
}

async function runOn(kind: 'sqlite' | 'postgres', pgCluster: RunningPostgres | null) {
  const { config, cleanup } = await freshBenchDb(kind, pgCluster);
  const rows: BenchRow[] = [];
  try {
    const t0 = performance.now();
    const seed = await startChild<{ token: string; projectId: number }>(
      './export-seed.ts',
      [JSON.stringify(config), String(TASKS)],
      900_000,
    );
    await new Promise((r) =>
      seed.process.exitCode !== null ? r(null) : seed.process.once('exit', r),
    );
    const seedSeconds = (performance.now() - t0) / 1000;
    const server = await startChild<{ port: number }>('./export-server.ts', [
      JSON.stringify(config),
    ]);
    const pid = server.process.pid!;
    try {
      const idle = memoryOf(pid).rss;
      process.stderr.write(
        `export bench ${kind}: ${TASKS} tasks seeded in ${seedSeconds.toFixed(1)} s; server idle RSS ${idle.toFixed(0)} MB\n`,
      );
      for (const type of FORMATS) {
        const r = await timeExport(
          server.info.port,
          seed.info.token,
          seed.info.projectId,
          type,
          pid,
        );
        process.stderr.write(
          `  ${type}: ${r.mb.toFixed(1)} MB in ${r.seconds.toFixed(2)} s = ${r.mbps.toFixed(1)} MB/s, peak RSS ${r.peakRss.toFixed(0)} MB\n`,
        );
        rows.push({
          case: `export ${type}, ${TASKS.toLocaleString('en-US')} tasks (MB/s; ${r.mb.toFixed(0)} MB)`,
          db: kind,
          margin: r.mbps,
          baseline: null,
          unit: 'MB/s',
          target: `≥ ${TARGET_MBPS} MB/s (SQLite)`,
          pass: kind === 'postgres' || r.mbps >= TARGET_MBPS,
        });
        rows.push({
          case: `export ${type} server peak RSS (MB)`,
          db: kind,
          margin: r.peakRss,
          baseline: idle,
          unit: 'MB',
          target: '≤ idle + 200 MB',
          pass: r.peakRss <= idle + 200,
          lowerIsBetter: true,
        });
      }
      process.stderr.write(`  server VmHWM over the run: ${memoryOf(pid).hwm.toFixed(0)} MB\n`);
    } finally {
      await server.stop();
    }
  } finally {
    cleanup();
  }
  return rows;
}

export const run = (dbs: BenchDb[]): Promise<BenchRow[]> => acrossDatabases(dbs, runOn);
