import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp } from '../../src/server/app';
import { createUser } from '../../src/server/auth/create-user';
import { createDeps, jsonLogger, openDatabase } from '../../src/server/bootstrap';
import type { Db, DbConfig } from '../../src/server/db/connect';
import type { UserRow } from '../../src/server/db/users';
import { readEnv, type ServerConfig } from '../../src/server/env';
import type { AppHono } from '../../src/server/http/route';
import type { Role } from '../../src/shared/api/users';

export const TEST_DB = (process.env.MARGIN_TEST_DB ?? 'sqlite') as 'sqlite' | 'postgres';

/** A fresh, empty database of the kind under test: a temp SQLite file or a new PG database. */
export async function freshDbConfig(): Promise<{ config: DbConfig; cleanup: () => Promise<void> }> {
  if (TEST_DB === 'postgres') {
    const adminUrl = inject('pgTemplateUrl');
    const name = `t_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    return {
      config: { kind: 'postgres', url: adminUrl.replace(/\/postgres$/, `/${name}`), poolSize: 5 },
      cleanup: async () => {},
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'margin-test-'));
  return {
    config: { kind: 'sqlite', file: path.join(dir, 'margin.sqlite') },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface TestUser {
  user: UserRow;
  token: string;
  password: string;
}

export interface TestServer {
  app: AppHono;
  db: Db;
  config: ServerConfig;
  admin: TestUser;
  /** In-process request with JSON helpers; `as` picks the caller's token. */
  request: (method: string, path: string, opts?: RequestOpts) => Promise<TestResponse>;
  makeUser: (role: Role, email?: string) => Promise<TestUser>;
  close: () => Promise<void>;
}

export interface RequestOpts {
  as?: TestUser | null;
  body?: unknown;
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface TestResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests assert on shapes
  text: string;
}

let userSeq = 0;

export async function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const { config: dbConfig, cleanup } = await freshDbConfig();
  const config: ServerConfig = { ...readEnv({}), ...overrides, db: dbConfig };
  const db = await openDatabase(config);
  const deps = await createDeps(config, db, jsonLogger(true));
  const app = createApp(deps);

  const makeUser = async (role: Role, email?: string): Promise<TestUser> => {
    const password = 'correct horse battery';
    userSeq += 1;
    const user = await createUser(db.kysely, {
      email: email ?? `${role}${userSeq}-${randomBytes(3).toString('hex')}@example.org`,
      password,
      role,
    });
    return { user, token: user.api_token, password };
  };
  const admin = await makeUser('admin', 'admin@example.org');

  const request = async (
    method: string,
    url: string,
    opts: RequestOpts = {},
  ): Promise<TestResponse> => {
    const headers: Record<string, string> = { ...opts.headers };
    const as = opts.as === undefined ? admin : opts.as;
    if (as) headers.authorization ??= `Token ${as.token}`;
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (opts.rawBody !== undefined) {
      body = typeof opts.rawBody === 'string' ? opts.rawBody : new Uint8Array(opts.rawBody);
    } else if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await app.request(`http://localhost${url}`, {
      method,
      headers,
      ...(body !== undefined ? { body } : {}),
    });
    const text = await res.text();
    let parsed: unknown = undefined;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed, text };
  };

  return {
    app,
    db,
    config,
    admin,
    request,
    makeUser,
    close: async () => {
      await db.close();
      await cleanup();
    },
  };
}
