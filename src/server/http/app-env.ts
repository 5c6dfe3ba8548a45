import type { Db } from '../db/connect';
import type { UserRow } from '../db/users';
import type { ServerConfig } from '../env';

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface AppDeps {
  db: Db;
  config: ServerConfig;
  log: Logger;
  /** HMAC key for Bearer access tokens, kept in the database (settings) for all replicas. */
  accessKey: string;
  version: string;
}

export type AuthKind = 'token' | 'bearer' | 'session';

export interface AppEnv {
  Variables: {
    deps: AppDeps;
    requestId: string;
    user: UserRow | null;
    authKind: AuthKind | null;
  };
}
