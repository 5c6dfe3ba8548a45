/**
 * Benchmark child: the real Margin app on an existing database. Prints `{port}` when ready.
 * Usage: tsx export-server.ts '<DbConfig JSON>'
 */
import { serve } from '@hono/node-server';
import { createApp } from '../../src/server/app';
import { createDeps, jsonLogger, openDatabase } from '../../src/server/bootstrap';
import type { DbConfig } from '../../src/server/db/connect';
import { readEnv } from '../../src/server/env';

const config = { ...readEnv({}), db: JSON.parse(process.argv[2] ?? '{}') as DbConfig };
const db = await openDatabase(config);
const app = createApp(await createDeps(config, db, jsonLogger(true)));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
process.on('SIGTERM', () => process.exit(0));
