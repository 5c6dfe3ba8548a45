import type SqliteDatabase from 'better-sqlite3';

/** What our code and Kysely's SQLite driver call on a statement. */
export interface RowStatement {
  readonly reader: boolean;
  readonly busy: boolean;
  all(...params: unknown[]): unknown[];
  run(...params: unknown[]): SqliteDatabase.RunResult;
  iterate(...params: unknown[]): IterableIterator<unknown>;
}

type MakeRow = (values: unknown[]) => Record<string, unknown>;

/**
 * One object literal per statement, compiled once: every row it builds has the same shape.
 * Names are quoted with JSON.stringify, so any column name is a safe key.
 */
function rowFactory(columns: readonly string[]): MakeRow {
  const fields = columns.map((name, i) => `${JSON.stringify(name)}: v[${i}]`).join(', ');
  return new Function('v', `return { ${fields} };`) as MakeRow;
}

/**
 * better-sqlite3 builds a row object one property at a time, so V8 walks a chain of shape
 * transitions for every column of every row. Reading rows as arrays and copying them into
 * the compiled literal is about 40 % faster for a task row, and list pages, exports and
 * the labeling stream read thousands of rows. Statements that return nothing pass through.
 */
export function shapedRows(stmt: SqliteDatabase.Statement): RowStatement {
  if (!stmt.reader) return stmt;
  const columns = stmt.columns().map((c) => c.name);
  // An object literal would treat "__proto__" as the prototype, not as a column.
  if (columns.includes('__proto__')) return stmt;
  stmt.raw(true);
  const make = rowFactory(columns);
  return {
    reader: true,
    get busy() {
      return stmt.busy;
    },
    all(...params) {
      const rows = stmt.all(...params) as unknown[][];
      const out = new Array<unknown>(rows.length);
      for (let i = 0; i < rows.length; i++) out[i] = make(rows[i]!);
      return out;
    },
    run: (...params) => stmt.run(...params),
    *iterate(...params) {
      for (const values of stmt.iterate(...params)) yield make(values as unknown[]);
    },
  };
}
