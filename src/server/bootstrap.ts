import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { newSecret } from './auth/tokens';
import { connect, type Db } from './db/connect';
import { migrate } from './db/migrate';
import { ensureSetting } from './db/sessions';
import type { ServerConfig } from './env';
import type { AppDeps, Logger } from './http/app-env';
import { VERSION } from './version';

export const jsonLogger = (quiet = false): Logger => ({
  info: (msg, fields) => {
    if (!quiet)
      console.warn(
        JSON.stringify({ level: 'info', time: new Date().toISOString(), msg, ...fields }),
      );
  },
  error: (msg, fields) =>
    console.error(
      JSON.stringify({ level: 'error', time: new Date().toISOString(), msg, ...fields }),
    ),
});

/** Open the database, bring its schema up to date and load the shared signing key. */
export async function openDatabase(config: ServerConfig): Promise<Db> {
  if (config.db.kind === 'sqlite') mkdirSync(path.dirname(config.db.file), { recursive: true });
  const db = connect(config.db);
  await migrate(db);
  return db;
}

export async function createDeps(config: ServerConfig, db: Db, log: Logger): Promise<AppDeps> {
  const accessKey = await ensureSetting(db.kysely, 'access_token_key', newSecret(32));
  return { db, config, log, accessKey, version: VERSION };
}
