import { acrossDatabases, freshBenchDb, type BenchDb } from './databases';
import { sql } from 'kysely';
import { connect } from '../../src/server/db/connect';
import { nowIso } from '../../src/server/db/time';
import type { RunningPostgres } from '../setup/embedded-postgres';
import { startChild } from './children';
import type { BenchRow } from './report';
import { annotationBody } from './seed-data';
import { annotatorFlows } from './annotator-flows';
import { MILLION, SECONDS, timedLoad, type StreamFixture } from './stream-load';

/**
 * Labeling stream at 1M tasks (overlap 1): 50 annotators, one connection each, loop
 * `GET /next` → `POST` an annotation on the task they got. Only `next` is timed. Afterwards
 * the database must show no task annotated twice and no task with two live locks.
 */
const ANNOTATORS = 50;
/** Each annotator's pace: next + annotate, ten times a second. */
const FLOWS_PER_SECOND = 10;

async function runOn(kind: 'sqlite' | 'postgres', pgCluster: RunningPostgres | null) {
  const { config, cleanup } = await freshBenchDb(kind, pgCluster);
  const child = await startChild<StreamFixture>(
    './stream-fixture.ts',
    [JSON.stringify(config), String(MILLION), String(ANNOTATORS)],
    600_000,
  );
  try {
    const { port, tokens, projectId } = child.info;
    const next = `/api/projects/${projectId}/next`;
    const load = () =>
      timedLoad({
        port,
        connections: ANNOTATORS,
        tokens,
        requests: [
          {
            method: 'GET',
            path: next,
            timed: true,
            onResponse: (status, body, context) => {
              context.task = status === 200 ? (JSON.parse(body) as { id: number }).id : undefined;
            },
          },
          {
            method: 'POST',
            setupRequest: (req, context) =>
              context.task === undefined
                ? { ...req, method: 'GET', path: next }
                : {
                    ...req,
                    method: 'POST',
                    path: `/api/tasks/${context.task as number}/annotations`,
                    body: annotationBody(),
                  },
          },
        ],
      });
    await load(); // warm-up
    // Saturation: every annotator fires its next request the moment the last one answers.
    const sat = await load();
    // Paced: each annotator does 10 next + 10 annotate per second (500 flows/s in all).
    const r = await annotatorFlows({
      port,
      tokens,
      nextPath: next,
      annotationBody: () => annotationBody(),
      periodMs: 1000 / FLOWS_PER_SECOND,
      durationMs: SECONDS * 1000,
    });
    const db = connect(config);
    const twice = await sql<{ n: number }>`select count(*) as n from (
        select task_id from annotations group by task_id having count(*) > 1) d`.execute(db.kysely);
    const doubleLocks = await sql<{ n: number }>`select count(*) as n from (
        select task_id from task_locks where expires_at > ${nowIso()}
        group by task_id having count(*) > 1) d`.execute(db.kysely);
    await db.close();
    const doubles = Number(twice.rows[0]!.n) + Number(doubleLocks.rows[0]!.n);
    const ok = (r.statuses.get(200) ?? 0) + (r.statuses.get(201) ?? 0);
    const rows: BenchRow[] = [
      {
        case: `GET next p95 at saturation (ms, ${ANNOTATORS} connections, no think time)`,
        db: kind,
        margin: sat.p95,
        baseline: null,
        unit: 'ms',
        target: 'report',
        pass: sat.errors === 0,
      },
      {
        case: `GET next p95 (ms, ${ANNOTATORS} annotators × 10 next/s, ${MILLION.toLocaleString('en-US')} tasks)`,
        db: kind,
        margin: r.p95,
        baseline: null,
        unit: 'ms',
        target: '≤ 10 ms',
        pass: r.p95 <= 10 && r.errors === 0,
      },
      {
        case: 'GET next: tasks held or annotated twice (overlap 1)',
        db: kind,
        margin: doubles,
        baseline: null,
        unit: 'tasks',
        target: '0',
        pass: doubles === 0,
        lowerIsBetter: true,
      },
    ];
    process.stderr.write(
      `[stream ${kind}] saturated: next p50 ${sat.p50.toFixed(2)} p95 ${sat.p95.toFixed(2)} ms, ${sat.rps.toFixed(0)} req/s\n`,
    );
    process.stderr.write(
      `[stream ${kind}] paced: next p50 ${r.p50.toFixed(2)} p95 ${r.p95.toFixed(2)} p99 ${r.p99.toFixed(2)} ms, ` +
        `${r.latencies.length} nexts, ${ok} 2xx, statuses ${JSON.stringify([...r.statuses])}, ` +
        `errors ${r.errors}, doubles ${doubles}\n`,
    );
    return rows;
  } finally {
    await child.stop();
    cleanup();
  }
}

export const run = (dbs: BenchDb[]): Promise<BenchRow[]> => acrossDatabases(dbs, runOn);
