/**
 * Benchmark child process: the real Margin app (createApp) on a fresh database, seeded with
 * one project of 300-character tasks. Prints one JSON line `{port, token, projectId, taskIds}`
 * on stdout when ready. Usage: tsx fixture-server.ts '<DbConfig JSON>' <taskCount>
 */
import { serve } from '@hono/node-server';
import { createApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/create-user';
import { createDeps, jsonLogger, openDatabase } from '../../src/server/bootstrap';
import type { DbConfig } from '../../src/server/db/connect';
import { insertProject } from '../../src/server/db/projects';
import { nowIso } from '../../src/server/db/time';
import { readEnv } from '../../src/server/env';
import { PROJECT_DEFAULTS } from '../../src/server/routes/projects/service';
import { createTasks } from '../../src/server/routes/tasks/service';
import { BENCH_CONFIG, benchText } from './seed-data';

const dbConfig = JSON.parse(process.argv[2] ?? '{}') as DbConfig;
const taskCount = Number(process.argv[3] ?? 1000);

const config = { ...readEnv({}), db: dbConfig };
const db = await openDatabase(config);
const deps = await createDeps(config, db, jsonLogger(true));
const admin = await createUser(db.kysely, {
  email: 'bench@example.org',
  password: 'bench-password',
  role: 'admin',
});
const now = nowIso();
const project = await insertProject(db.kysely, {
  ...PROJECT_DEFAULTS,
  title: 'Bench',
  label_config: BENCH_CONFIG,
  maximum_annotations: 1000,
  created_by: admin.id,
  created_at: now,
  updated_at: now,
});
const taskIds: number[] = [];
for (let i = 0; i < taskCount; i += 1000) {
  const batch = Array.from({ length: Math.min(1000, taskCount - i) }, (_, j) => ({
    data: { text: benchText(i + j) },
  }));
  taskIds.push(
    ...(await db.kysely.transaction().execute((trx) => createTasks(trx, project, batch))),
  );
}
const app = createApp(deps);
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(
    `${JSON.stringify({ port: info.port, token: admin.api_token, projectId: project.id, taskIds })}\n`,
  );
});
// A clean exit lets `--cpu-prof` write its profile when the runner stops this child.
process.on('SIGTERM', () => process.exit(0));
