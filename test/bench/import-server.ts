/**
 * Benchmark child process for imports: the real Margin app on a fresh database with one empty
 * project using the given label config. Prints one JSON line `{port, token, projectId}` when
 * ready. Usage: tsx import-server.ts '<DbConfig JSON>' <config.xml>
 */
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/create-user';
import { createDeps, jsonLogger, openDatabase } from '../../src/server/bootstrap';
import type { DbConfig } from '../../src/server/db/connect';
import { insertProject } from '../../src/server/db/projects';
import { nowIso } from '../../src/server/db/time';
import { readEnv } from '../../src/server/env';
import { PROJECT_DEFAULTS } from '../../src/server/routes/projects/service';

const dbConfig = JSON.parse(process.argv[2] ?? '{}') as DbConfig;
const labelConfig = readFileSync(process.argv[3]!, 'utf8');
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
  title: 'Import bench',
  label_config: labelConfig,
  created_by: admin.id,
  created_at: now,
  updated_at: now,
});
serve({ fetch: createApp(deps).fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(
    `${JSON.stringify({ port: info.port, token: admin.api_token, projectId: project.id })}\n`,
  );
});
process.on('SIGTERM', () => process.exit(0));
