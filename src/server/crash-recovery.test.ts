import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDbConfig } from '../../test/setup/test-server';
import { startServerProcess, type ServerProcess } from '../../test/setup/server-process';
import { connect } from './db/connect';

const TOKEN = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00';
const CONFIG = `<View><Text name="text" value="$text"/><Choices name="label" toName="text"><Choice value="A"/><Choice value="B"/></Choices></View>`;
const result = [
  {
    id: 'crash00001',
    from_name: 'label',
    to_name: 'text',
    type: 'choices',
    value: { choices: ['A'] },
  },
];

/**
 * Kill -9 in the middle of concurrent writes: no acknowledged write may be lost, none may be
 * half-written (counters match rows), and retries with the same unique_id end with one copy.
 */
describe('crash recovery', () => {
  let server: ServerProcess | undefined;
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await server?.kill('SIGKILL');
    for (const c of cleanups) await c();
  });

  it('keeps every acknowledged write and no half-written one across kill -9', async () => {
    const { config: dbConfig, cleanup } = await freshDbConfig();
    cleanups.push(cleanup);
    const env: Record<string, string> =
      dbConfig.kind === 'sqlite'
        ? {
            MARGIN_DATA_DIR: dbConfig.file.replace(/\/margin\.sqlite$/, ''),
            MARGIN_ADMIN_TOKEN: TOKEN,
          }
        : { DATABASE_URL: dbConfig.url, MARGIN_ADMIN_TOKEN: TOKEN };

    server = await startServerProcess(env);
    const api = (base: string, method: string, path: string, body?: unknown) =>
      fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Token ${TOKEN}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const project = await (
      await api(server.url, 'POST', '/api/projects', {
        title: 'Crash',
        label_config: CONFIG,
        maximum_annotations: 3,
      })
    ).json();
    const taskIds: number[] = [];
    for (let i = 0; i < 20; i++) {
      taskIds.push(
        (
          await (
            await api(server.url, 'POST', '/api/tasks', {
              project: project.id,
              data: { text: `t${i}` },
            })
          ).json()
        ).id,
      );
    }

    const attempts = Array.from({ length: 300 }, (_, i) => ({
      uniqueId: randomUUID(),
      taskId: taskIds[i % taskIds.length]!,
    }));
    const acked = new Map<string, number>();
    let next = 0;
    const base = server.url;
    const worker = async () => {
      while (next < attempts.length) {
        const a = attempts[next++]!;
        try {
          const res = await api(base, 'POST', `/api/tasks/${a.taskId}/annotations`, {
            result,
            unique_id: a.uniqueId,
            lead_time: 1.5,
          });
          if (res.status === 201 || res.status === 200)
            acked.set(a.uniqueId, (await res.json()).id);
        } catch {
          return; // connection dropped by the kill
        }
      }
    };
    const workers = Array.from({ length: 16 }, worker);
    // Kill once part of the writes are in, while the rest are in flight.
    while (acked.size < 60) await new Promise((r) => setTimeout(r, 2));
    await server.kill('SIGKILL');
    await Promise.all(workers);
    expect(acked.size).toBeGreaterThan(0);
    expect(acked.size).toBeLessThan(attempts.length);

    server = await startServerProcess(env);
    // Every acknowledged write survived.
    for (const [uniqueId, id] of acked) {
      const res = await api(server.url, 'GET', `/api/annotations/${id}`);
      expect(res.status, uniqueId).toBe(200);
      expect((await res.json()).unique_id).toBe(uniqueId);
    }
    // Clients retry everything that was not acknowledged, with the same unique_id.
    for (const a of attempts.filter((x) => !acked.has(x.uniqueId))) {
      const res = await api(server.url, 'POST', `/api/tasks/${a.taskId}/annotations`, {
        result,
        unique_id: a.uniqueId,
        lead_time: 1.5,
      });
      expect([200, 201]).toContain(res.status);
    }
    await server.kill('SIGTERM');
    server = undefined;

    const db = connect(dbConfig);
    try {
      const rows = await db.kysely.selectFrom('annotations').select(['unique_id']).execute();
      expect(rows).toHaveLength(attempts.length);
      expect(new Set(rows.map((r) => r.unique_id)).size).toBe(attempts.length);
      // Stored counters equal a recount from the rows.
      const tasks = await db.kysely
        .selectFrom('tasks')
        .select(['id', 'total_annotations', 'is_labeled', 'overlap'])
        .execute();
      for (const t of tasks) {
        const n =
          rows.length === 0
            ? 0
            : (
                await db.kysely
                  .selectFrom('annotations')
                  .select((eb) => eb.fn.countAll<number>().as('n'))
                  .where('task_id', '=', t.id)
                  .executeTakeFirstOrThrow()
              ).n;
        expect(t.total_annotations).toBe(Number(n));
        expect(t.is_labeled).toBe(Number(n) >= t.overlap ? 1 : 0);
      }
      const p = await db.kysely
        .selectFrom('projects')
        .selectAll()
        .where('id', '=', project.id)
        .executeTakeFirstOrThrow();
      expect(p.total_annotations_number).toBe(attempts.length);
      expect(p.finished_task_number).toBe(tasks.filter((t) => t.is_labeled).length);
    } finally {
      await db.close();
    }
  }, 120_000);
});
