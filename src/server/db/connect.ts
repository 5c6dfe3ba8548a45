import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import { BACKSTOP_PAGES, startCheckpointer } from './wal-checkpointer';
import { GroupCommit } from './group-commit';
import { registerConnections } from './prepared';
import { shapedRows, type RowStatement } from './row-shape';
import { cacheTokenLookups } from './users';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';
export type DbConfig =
  { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; poolSize?: number };

export type Kdb = Kysely<Database>;
export type Trx = Transaction<Database>;
/** Either the database or an open transaction: query modules accept both. */
export type Q = Kdb | Trx;

export interface Db {
  readonly kysely: Kdb;
  readonly dialect: Dialect;
  /**
   * A write transaction for request handlers. On SQLite concurrent ones are committed together
   * (group commit, see group-commit.ts); the work must only touch the database through `trx`.
   */
  write<T>(work: (trx: Trx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * better-sqlite3 compiles SQL on every `prepare`; Kysely prepares each query it runs. Caching
 * statements by SQL text saves that compile on hot paths. A statement busy iterating (a stream)
 * is not shared: the caller gets a fresh one. Rows come back with one fixed shape per statement
 * (row-shape.ts).
 */
function withStatementCache(db: SqliteDatabase.Database, max = 1000) {
  const cache = new Map<string, RowStatement>();
  return {
    close: () => db.close(),
    prepare(sqlText: string): RowStatement {
      const hit = cache.get(sqlText);
      if (hit && !hit.busy) return hit;
      const stmt = shapedRows(db.prepare(sqlText));
      if (!hit) {
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(sqlText, stmt);
      }
      return stmt;
    },
  };
}

/**
 * Transactions take SQLite's write lock up front (BEGIN IMMEDIATE): a deferred transaction
 * that reads first and writes later fails at once with SQLITE_BUSY when another process
 * committed in between, instead of waiting its turn.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

export function openSqlite(file: string): SqliteDatabase.Database {
  const raw = new SqliteDatabase(file);
  // WAL + synchronous=NORMAL survives a process crash (kill -9) without losing a commit.
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('cache_size = -65536');
  // Group commit runs each write in a savepoint; its sub-journal stays in memory instead of
  // spilling every touched page to a temporary file.
  raw.pragma('temp_store = MEMORY');
  // Checkpoints run on a worker thread (wal-checkpointer.ts); this is only the backstop.
  raw.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  return raw;
}

// pg returns int8/numeric as strings to be safe with big values; our counts fit in a double.
const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === PG_INT8 || oid === PG_NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

export function connect(config: DbConfig): Db {
  if (config.kind === 'sqlite') {
    const raw = openSqlite(config.file);
    const writer = withStatementCache(raw);
    const kysely = new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({
        database: writer as unknown as SqliteDatabase.Database,
      }),
    });
    const readerDb = openSqlite(config.file);
    registerConnections(kysely, { reader: withStatementCache(readerDb), writer });
    cacheTokenLookups(kysely);
    const group = new GroupCommit(kysely);
    const checkpointer = startCheckpointer(config.file);
    return {
      kysely,
      dialect: 'sqlite',
      write: (work) => group.run(work),
      close: async () => {
        await checkpointer.stop();
        await kysely.destroy();
        readerDb.close();
      },
    };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    types: pgTypes,
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kysely,
    dialect: 'postgres',
    write: (work) => kysely.transaction().execute(work),
    close: () => kysely.destroy(),
  };
}
