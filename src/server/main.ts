import { serve } from '@hono/node-server';
import { createApp } from './app';
import { createDeps, jsonLogger, openDatabase } from './bootstrap';
import { readEnv } from './env';
import { recoverInterruptedImports } from './routes/import/jobs';
import { seedFirstStart } from './seed';

/** Process entry: environment, database and migrations, first-start seed, then listen. */
async function main(): Promise<void> {
  const config = readEnv();
  const log = jsonLogger(process.env.MARGIN_QUIET === '1');
  const db = await openDatabase(config);
  const interrupted = await recoverInterruptedImports(db);
  if (interrupted > 0)
    log.info('failed and undid imports the last run left unfinished', { interrupted });
  const deps = await createDeps(config, db, log);
  const first = await seedFirstStart(db, config);
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const url = `http://localhost:${info.port}`;
    const lines = [
      `Margin is running at ${url}`,
      `  database: ${config.db.kind === 'sqlite' ? config.db.file : 'PostgreSQL'}`,
    ];
    if (first) {
      lines.push(
        '',
        'First start: created the admin account.',
        `  email:     ${first.admin.email}`,
        `  password:  ${first.password}${first.generatedPassword ? '   (generated; set MARGIN_ADMIN_PASSWORD to choose)' : ''}`,
        `  API token: ${first.admin.api_token}`,
        '',
        `  Try: curl -H "Authorization: Token ${first.admin.api_token}" ${url}/api/projects`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  });

  const shutdown = () => {
    server.close(() => {
      void db.close().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
