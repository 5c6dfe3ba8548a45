import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Q } from './connect';
import type { Database } from './schema';

/**
 * Hot-path queries, written with Kysely's builder like every other query but compiled once
 * per dialect instead of on every call. Values are passed by name: the builder sees sentinel
 * strings that become the parameter slots of the compiled SQL.
 *
 * On SQLite a SELECT outside a transaction runs on a dedicated read connection (WAL lets it
 * read the last committed state while the writer works), synchronously, skipping the async
 * executor. Everything else goes through Kysely's executor, so transactions stay intact.
 */
const SENTINEL = '\u0000margin-param:';

type Slot = { name: string } | { value: unknown };
interface Compiled {
  sql: string;
  slots: Slot[];
}

/** A statement on the SQLite read connection (better-sqlite3's, reduced to what we call). */
export interface SyncStatement {
  all(...params: unknown[]): unknown[];
  readonly busy: boolean;
}

export interface SyncReader {
  /** The cached statement for `sql`, or a fresh one while the cached one is iterating. */
  prepare(sql: string): SyncStatement;
}

/** A compiled query tied to one Kysely instance, with its read-connection statement if any. */
interface Bound extends Compiled {
  reader: SyncReader | undefined;
  statement: SyncStatement | undefined;
}

const readers = new WeakMap<object, SyncReader>();

/** connect() registers the SQLite read connection for its Kysely instance. */
export function registerReader(kysely: Kysely<Database>, reader: SyncReader): void {
  readers.set(kysely, reader);
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
    const compiled = this.#compile(q);
    const reader = this.isRead && !q.isTransaction ? readers.get(q) : undefined;
    const bound = { ...compiled, reader, statement: reader?.prepare(compiled.sql) };
    this.#lastQ = q;
    this.#lastBound = bound;
    return bound;
  }

  /** Rows now (SQLite read connection) or later (executor); a sync failure is a rejection. */
  #run(q: Q, values: P): R[] | Promise<R[]> {
    try {
      const { sql, slots, reader, statement } = this.#bind(q);
      const params = slots.map((s) => ('name' in s ? values[s.name] : s.value));
      if (reader && statement) {
        return (statement.busy ? reader.prepare(sql) : statement).all(...params) as R[];
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

/**
 * Any SELECT built at run time (lists with filters): on SQLite outside a transaction it runs
 * on the read connection, so a slow list never holds up the writer, nor waits behind it.
 */
export async function runRead<R>(q: Q, query: Compilable<R>): Promise<R[]> {
  const compiled = query.compile();
  const reader = q.isTransaction ? undefined : readers.get(q);
  if (reader) return reader.prepare(compiled.sql).all(...compiled.parameters) as R[];
  return (await q.executeQuery(compiled)).rows;
}
