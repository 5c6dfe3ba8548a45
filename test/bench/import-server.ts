/**
 * Benchmark child process for imports: the real Margin app on a fresh database with one empty
 * project using the given label config. Prints one JSON line `{port, token, projectId}` when
 * ready. Usage: tsx import-server.ts '<DbConfig JSON>' <config.xml>
 */
import { readFileSync } from 'node:fs';
import { benchProject, benchUser, openBenchDb, serveBench } from './child-app';

const { config, db } = await openBenchDb(process.argv[2]);
const admin = await benchUser(db);
const project = await benchProject(db, admin, {
  title: 'Import bench',
  label_config: readFileSync(process.argv[3]!, 'utf8'),
});
await serveBench(config, db, (port) => ({ port, token: admin.api_token, projectId: project.id }));
