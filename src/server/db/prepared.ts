import { CompiledQuery, type Compilable, type Kysely, type RawBuilder } from 'kysely';
import type { Q } from './connect';
import type { Database } from './schema';

/**
 * Hot-path queries, written with Kysely's builder like every other query but compiled once
 * per dialect instead of on every call. Values are passed by name: the builder sees sentinel
 * strings that become the parameter slots of the compiled SQL.
 *
 * On SQLite a SELECT outside a transaction runs on a dedicated read connection (WAL lets it
 * read the last committed state while the writer works), synchronously, skipping the async
 * executor. Inside a transaction every statement runs synchronously on the writer connection:
 * SQLite has one, and the open transaction holds it, so this is the connection Kysely's
 * executor would use, minus its promise chain. Writes outside a transaction go through the
 * executor and wait their turn for the writer.
 */
const SENTINEL = '\u0000margin-param:';

type Slot = { name: string } | { value: unknown };
interface Compiled {
  sql: string;
  slots: Slot[];
}

/** A statement on a SQLite connection (better-sqlite3's, reduced to what we call). */
export interface SyncStatement {
  readonly reader: boolean;
  readonly busy: boolean;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): unknown;
}

export interface SyncConnection {
  /** The cached statement for `sql`, or a fresh one while the cached one is iterating. */
  prepare(sql: string): SyncStatement;
}

/** A compiled query tied to one Kysely instance or transaction, with its direct statement if any. */
interface Bound extends Compiled {
  connection: SyncConnection | undefined;
  statement: SyncStatement | undefined;
}

const readers = new WeakMap<object, SyncConnection>();
/** By dialect adapter: a Kysely instance and each of its transactions share it. */
const writers = new WeakMap<object, SyncConnection>();

/** connect() registers the SQLite read and write connections of its Kysely instance. */
export function registerConnections(
  kysely: Kysely<Database>,
  connections: { reader: SyncConnection; writer: SyncConnection },
): void {
  readers.set(kysely, connections.reader);
  writers.set(kysely.getExecutor().adapter, connections.writer);
}

function directConnection(q: Q, isRead: boolean): SyncConnection | undefined {
  if (q.isTransaction) return writers.get(q.getExecutor().adapter);
  return isRead ? readers.get(q) : undefined;
}

function runStatement<R>(statement: SyncStatement, params: readonly unknown[]): R[] {
  if (statement.reader) return statement.all(...params) as R[];
  statement.run(...params);
  return [];
}

export class PreparedQuery<P extends Record<string, unknown>, R> {
  readonly #compiled = new WeakMap<object, Compiled>();
  // Nearly every call comes from the app's one Kysely instance: remember its binding so the
  // hot path is one comparison, no map lookups.
  #lastQ: Q | undefined;
  #lastBound: Bound | undefined;

  constructor(
    private readonly build: (q: Q, p: P) => Compilable<R>,
    private readonly isRead: boolean,
  ) {}

  #compile(q: Q): Compiled {
    const key = q.getExecutor().adapter;
    let hit = this.#compiled.get(key);
    if (!hit) {
      const names = new Proxy({}, { get: (_t, prop) => `${SENTINEL}${String(prop)}` }) as P;
      const compiled = this.build(q, names).compile();
      hit = {
        sql: compiled.sql,
        slots: compiled.parameters.map((v) =>
          typeof v === 'string' && v.startsWith(SENTINEL)
            ? { name: v.slice(SENTINEL.length) }
            : { value: v },
        ),
      };
      this.#compiled.set(key, hit);
    }
    return hit;
  }

  #bind(q: Q): Bound {
    if (q === this.#lastQ && this.#lastBound) return this.#lastBound;
    const { sql, slots } = this.#compile(q);
    const connection = directConnection(q, this.isRead);
    const bound = { sql, slots, connection, statement: connection?.prepare(sql) };
    this.#lastQ = q;
    this.#lastBound = bound;
    return bound;
  }

  /** Rows now (a direct SQLite statement) or later (executor); a sync failure is a rejection. */
  #run(q: Q, values: P): R[] | Promise<R[]> {
    try {
      const { sql, slots, connection, statement } = this.#bind(q);
      const params = slots.map((s) => ('name' in s ? values[s.name] : s.value));
      if (connection && statement) {
        return runStatement(statement.busy ? connection.prepare(sql) : statement, params);
      }
      return q.executeQuery<R>(CompiledQuery.raw(sql, params)).then((r) => r.rows);
    } catch (e) {
      return Promise.reject(e as Error);
    }
  }

  all(q: Q, values: P): Promise<R[]> {
    const rows = this.#run(q, values);
    return Array.isArray(rows) ? Promise.resolve(rows) : rows;
  }

  first(q: Q, values: P): Promise<R | undefined> {
    const rows = this.#run(q, values);
    return Array.isArray(rows) ? Promise.resolve(rows[0]) : rows.then((r) => r[0]);
  }
}

/** `read<{id: number}>()((q, p) => q.selectFrom('tasks').selectAll().where('id', '=', p.id))` */
export const read =
  <P extends Record<string, unknown>>() =>
  <R>(build: (q: Q, p: P) => Compilable<R>) =>
    new PreparedQuery<P, R>(build, true);

/** Same for statements that write (they never use the read connection). */
export const write =
  <P extends Record<string, unknown>>() =>
  <R>(build: (q: Q, p: P) => Compilable<R>) =>
    new PreparedQuery<P, R>(build, false);

/** A write written as an `sql` template (what the query builder cannot say), compiled once. */
export const writeSql =
  <P extends Record<string, unknown>>() =>
  <R>(build: (p: P) => RawBuilder<R>) =>
    write<P>()((q, p) => {
      const query = build(p);
      return { compile: () => query.compile(q) };
    });

/**
 * Any SELECT built at run time (lists with filters): on SQLite outside a transaction it runs
 * on the read connection, so a slow list never holds up the writer, nor waits behind it.
 */
export async function runRead<R>(q: Q, query: Compilable<R>): Promise<R[]> {
  const compiled = query.compile();
  const connection = directConnection(q, true);
  if (connection) return runStatement(connection.prepare(compiled.sql), compiled.parameters);
  return (await q.executeQuery(compiled)).rows;
}
