import path from 'node:path';
import type { DbConfig } from './db/connect';

/** Everything the server reads from its environment; nothing else touches process.env. */
export interface ServerConfig {
  port: number;
  host: string;
  db: DbConfig;
  admin: { email: string; password: string | null; token: string | null };
  demo: boolean;
  /** Body limits in bytes: imports are streamed, everything else is read whole. */
  bodyLimit: number;
  importBodyLimit: number;
  clientDir: string;
  /** Behind a reverse proxy: take the client's address and scheme from X-Forwarded-*. */
  trustProxy: boolean;
}

const MB = 1024 * 1024;

export function readEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const dataDir = path.resolve(cwd, env.MARGIN_DATA_DIR ?? 'data');
  const url = env.DATABASE_URL;
  const db: DbConfig =
    url && /^postgres(ql)?:\/\//.test(url)
      ? { kind: 'postgres', url }
      : { kind: 'sqlite', file: path.join(dataDir, 'margin.sqlite') };
  return {
    port: intOr(env.PORT, 8080),
    host: env.HOST ?? '0.0.0.0',
    db,
    admin: {
      email: (env.MARGIN_ADMIN_EMAIL ?? 'admin@margin.local').trim().toLowerCase(),
      password: env.MARGIN_ADMIN_PASSWORD ?? null,
      token: env.MARGIN_ADMIN_TOKEN ?? null,
    },
    demo: env.MARGIN_DEMO !== '0',
    bodyLimit: intOr(env.MARGIN_BODY_LIMIT_MB, 10) * MB,
    importBodyLimit: intOr(env.MARGIN_IMPORT_LIMIT_MB, 1024) * MB,
    clientDir: path.resolve(cwd, env.MARGIN_CLIENT_DIR ?? 'dist/client'),
    trustProxy: env.MARGIN_TRUST_PROXY === '1',
  };
}

function intOr(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}
