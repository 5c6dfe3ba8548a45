/**
 * Benchmark child process: the real Margin app (createApp) on a fresh database, seeded with
 * one project of 300-character tasks. Prints one JSON line `{port, token, projectId, taskIds}`
 * on stdout when ready. Usage: tsx fixture-server.ts '<DbConfig JSON>' <taskCount>
 */
import { createTasks } from '../../src/server/routes/tasks/service';
import { benchProject, benchUser, openBenchDb, serveBench } from './child-app';
import { BENCH_CONFIG, benchText } from './seed-data';

const taskCount = Number(process.argv[3] ?? 1000);
const { config, db } = await openBenchDb(process.argv[2]);
const admin = await benchUser(db);
const project = await benchProject(db, admin, {
  title: 'Bench',
  label_config: BENCH_CONFIG,
  maximum_annotations: 1000,
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
await serveBench(config, db, (port) => ({
  port,
  token: admin.api_token,
  projectId: project.id,
  taskIds,
}));
