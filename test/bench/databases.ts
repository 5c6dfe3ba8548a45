import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DbConfig } from '../../src/server/db/connect';
import { startPostgres, type RunningPostgres } from '../setup/embedded-postgres';
import type { BenchRow } from './report';

export type BenchDb = 'sqlite' | 'postgres';

/** An empty database of the given kind: a temp SQLite file, or a new database in the cluster. */
export async function freshBenchDb(
  kind: BenchDb,
  cluster: RunningPostgres | null,
): Promise<{ config: DbConfig; cleanup: () => void }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'margin-bench-'));
    return {
      config: { kind, file: path.join(dir, 'bench.sqlite') },
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (!cluster) throw new Error('PostgreSQL benchmarks need the embedded cluster');
  const name = `bench_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const client = new pg.Client({ connectionString: cluster.url('postgres') });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  return { config: { kind, url: cluster.url(name) }, cleanup: () => {} };
}

/** Run a suite on each database, with one embedded PostgreSQL cluster for the whole suite. */
export async function acrossDatabases(
  dbs: BenchDb[],
  runOn: (kind: BenchDb, cluster: RunningPostgres | null) => Promise<BenchRow[]>,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const cluster = dbs.includes('postgres') ? await startPostgres() : null;
  try {
    for (const kind of dbs) rows.push(...(await runOn(kind, cluster)));
  } finally {
    await cluster?.stop();
  }
  return rows;
}
