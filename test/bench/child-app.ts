/**
 * What every benchmark child process shares: the real app's database (migrated) and deps, a
 * bench admin, a project, and serving the app on a free port with a ready line on stdout.
 */
import { serve } from '@hono/node-server';
import { createApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/create-user';
import { createDeps, jsonLogger, openDatabase } from '../../src/server/bootstrap';
import type { Db, DbConfig } from '../../src/server/db/connect';
import { insertProject } from '../../src/server/db/projects';
import type { ProjectsTable } from '../../src/server/db/schema';
import { nowIso } from '../../src/server/db/time';
import type { UserRow } from '../../src/server/db/users';
import { readEnv, type ServerConfig } from '../../src/server/env';
import { PROJECT_DEFAULTS } from '../../src/server/routes/projects/service';

export async function openBenchDb(dbConfigJson: string | undefined) {
  const config: ServerConfig = { ...readEnv({}), db: JSON.parse(dbConfigJson ?? '{}') as DbConfig };
  return { config, db: await openDatabase(config) };
}

export const benchUser = (
  db: Db,
  email = 'bench@example.org',
  role: 'admin' | 'annotator' = 'admin',
) => createUser(db.kysely, { email, password: 'bench-password', role });

export function benchProject(
  db: Db,
  admin: UserRow,
  fields: Pick<ProjectsTable, 'title' | 'label_config'> & { maximum_annotations?: number },
) {
  const now = nowIso();
  return insertProject(db.kysely, {
    ...PROJECT_DEFAULTS,
    ...fields,
    created_by: admin.id,
    created_at: now,
    updated_at: now,
  });
}

/** Serve the app; `ready` is printed as one JSON line once it listens. */
export async function serveBench(
  config: ServerConfig,
  db: Db,
  ready: (port: number) => Record<string, unknown>,
): Promise<void> {
  const app = createApp(await createDeps(config, db, jsonLogger(true)));
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    process.stdout.write(`${JSON.stringify(ready(info.port))}\n`);
  });
  // A clean exit lets `--cpu-prof` write its profile when the runner stops this child.
  process.on('SIGTERM', () => process.exit(0));
}
