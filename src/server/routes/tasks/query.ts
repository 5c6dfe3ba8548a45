import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { TaskFilters, type FilterItem, type FilterOperator } from '../../../shared/api/task-query';
import type { Dialect, Q } from '../../db/connect';
import { runRead } from '../../db/prepared';
import type { ProjectRow } from '../../db/projects';
import type { TaskRow } from '../../db/tasks';
import { toApiDatetime } from '../../db/time';
import { ApiError, badRequest } from '../../errors';
import { zodToValidationErrors } from '../../http/zod-errors';
import { cachedTotals, type Totals } from './totals-cache';

/**
 * `GET /api/tasks` filters, free-text search, ordering and keyset paging (api-contract.md §10).
 * Each column is one entry of `COLUMNS`: the SQL it reads, whether it can be NULL, its value
 * type, and the operators it takes. Everything is bound as parameters; column names never come
 * from the request.
 */

type Cond = RawBuilder<SqlBool>;
type Expr = RawBuilder<unknown>;
type Scalar = string | number;

interface Ctx {
  dialect: Dialect;
  /** `filter:tasks:<column>`, for error messages. */
  name: string;
}

interface Column {
  /** The value this column sorts and compares by. */
  expr: (ctx: Ctx) => Expr;
  nullable: boolean;
  sortable: boolean;
  filter: (op: FilterOperator, value: unknown, ctx: Ctx) => Cond;
}

const fail = (ctx: Ctx, message: string) => badRequest(`Filter "${ctx.name}": ${message}`);
const unsupported = (ctx: Ctx, op: string) =>
  fail(ctx, `operator "${op}" is not supported for this column.`);

/** How request values become SQL values for one kind of column. */
type Parse = (v: unknown, ctx: Ctx) => Scalar;

const parseNumber = (v: unknown, ctx: Ctx): number => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n)) throw fail(ctx, 'value must be a number.');
  return n;
};
const parseDatetime: Parse = (v, ctx) => {
  const d = typeof v === 'string' ? toApiDatetime(v) : null;
  if (d === null) throw fail(ctx, 'value must be an ISO 8601 datetime.');
  return d;
};
const parseBool = (v: unknown, ctx: Ctx): boolean => {
  if (v === true || v === 1 || v === 'true' || v === '1') return true;
  if (v === false || v === 0 || v === 'false' || v === '0') return false;
  throw fail(ctx, 'value must be true or false.');
};
const parseIds = (v: unknown, ctx: Ctx): number[] => {
  const list = Array.isArray(v) ? v : [v];
  const ids = list.map((x) => parseNumber(x, ctx));
  if (ids.length === 0 || ids.some((x) => !Number.isInteger(x)))
    throw fail(ctx, 'value must be a user id or a list of user ids.');
  return ids;
};

/** `in` / `not_in`: Label Studio sends `{"min", "max"}` ranges for numbers and dates; a list also works. */
function inRange(e: Expr, v: unknown, parse: Parse, ctx: Ctx): Cond {
  if (Array.isArray(v)) {
    if (v.length === 0) throw fail(ctx, 'the list is empty.');
    return sql<SqlBool>`${e} in (${sql.join(v.map((x) => parse(x, ctx)))})`;
  }
  if (v && typeof v === 'object' && 'min' in v && 'max' in v) {
    const r = v as { min: unknown; max: unknown };
    return sql<SqlBool>`${e} between ${parse(r.min, ctx)} and ${parse(r.max, ctx)}`;
  }
  throw fail(ctx, 'value must be {"min", "max"} or a list.');
}

const isEmpty = (e: Expr, v: unknown, ctx: Ctx): Cond =>
  parseBool(v, ctx) ? sql<SqlBool>`${e} is null` : sql<SqlBool>`${e} is not null`;

/** Numbers and datetimes: comparisons, ranges, emptiness. */
function ordered(expr: (ctx: Ctx) => Expr, parse: Parse, nullable: boolean): Column {
  return {
    expr,
    nullable,
    sortable: true,
    filter: (op, v, ctx) => {
      const e = expr(ctx);
      switch (op) {
        case 'equal':
          return sql<SqlBool>`${e} = ${parse(v, ctx)}`;
        case 'not_equal':
          return sql<SqlBool>`(${e} <> ${parse(v, ctx)} or ${e} is null)`;
        case 'greater':
          return sql<SqlBool>`${e} > ${parse(v, ctx)}`;
        case 'less':
          return sql<SqlBool>`${e} < ${parse(v, ctx)}`;
        case 'greater_or_equal':
          return sql<SqlBool>`${e} >= ${parse(v, ctx)}`;
        case 'less_or_equal':
          return sql<SqlBool>`${e} <= ${parse(v, ctx)}`;
        case 'in':
          return inRange(e, v, parse, ctx);
        case 'not_in':
          return sql<SqlBool>`not (${inRange(e, v, parse, ctx)})`;
        case 'empty':
          return isEmpty(e, v, ctx);
        default:
          throw unsupported(ctx, op);
      }
    },
  };
}

const col = (name: keyof TaskRow) => () => sql.ref(`tasks.${name}`);
const number = (name: keyof TaskRow, nullable = false) => ordered(col(name), parseNumber, nullable);
const datetime = (name: keyof TaskRow, nullable = false) =>
  ordered(col(name), parseDatetime, nullable);

/** Booleans stored as 0/1 (or derived, like "has a ground-truth annotation"). */
function boolean(cond: Cond, sortBy: Expr): Column {
  return {
    expr: () => sortBy,
    nullable: false,
    sortable: true,
    filter: (op, v, ctx) => {
      if (op !== 'equal' && op !== 'not_equal') throw unsupported(ctx, op);
      return parseBool(v, ctx) === (op === 'equal') ? cond : sql<SqlBool>`not (${cond})`;
    },
  };
}

/** Users who annotated the task (submitted or skipped), by user id. */
const annotators: Column = {
  expr: () => sql`null`,
  nullable: true,
  sortable: false,
  filter: (op, v, ctx) => {
    const anyBy = (ids: number[]) =>
      sql<SqlBool>`exists (select 1 from annotations a where a.task_id = tasks.id and a.completed_by in (${sql.join(ids)}))`;
    switch (op) {
      case 'in':
      case 'equal':
      case 'contains':
        return anyBy(parseIds(v, ctx));
      case 'not_in':
      case 'not_equal':
      case 'not_contains':
        return sql<SqlBool>`not ${anyBy(parseIds(v, ctx))}`;
      case 'empty': {
        const none = sql<SqlBool>`not exists (select 1 from annotations a where a.task_id = tasks.id)`;
        return parseBool(v, ctx) ? none : sql<SqlBool>`not (${none})`;
      }
      default:
        throw unsupported(ctx, op);
    }
  },
};

const COLUMNS = {
  id: number('id'),
  inner_id: number('inner_id'),
  completed_at: datetime('completed_at', true),
  total_annotations: number('total_annotations'),
  cancelled_annotations: number('cancelled_annotations'),
  total_predictions: number('total_predictions'),
  annotators,
  ground_truth: boolean(
    sql<SqlBool>`tasks.ground_truth_annotations > 0`,
    sql.ref('tasks.ground_truth_annotations'),
  ),
  is_labeled: boolean(sql<SqlBool>`tasks.is_labeled = 1`, sql.ref('tasks.is_labeled')),
  created_at: datetime('created_at'),
  updated_at: datetime('updated_at'),
  avg_lead_time: number('avg_lead_time', true),
} satisfies Record<string, Column>;

const DATA_KEY = /^[\w\- ]{1,100}(\.[\w\- ]{1,100}){0,4}$/u;

/** LIKE pattern for a substring, with `\` as the escape character. */
const likeOf = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
const like = (e: Expr, text: string, dialect: Dialect) =>
  dialect === 'postgres'
    ? sql<SqlBool>`${e} ilike ${likeOf(text)} escape '\\'`
    : sql<SqlBool>`${e} like ${likeOf(text)} escape '\\'`;

/** `data.<key>` (dots reach into nested objects): the value as text, NULL when absent. */
function dataColumn(path: string): Column {
  const parts = path.split('.');
  const expr = (ctx: Ctx): Expr =>
    ctx.dialect === 'postgres'
      ? sql`(tasks.data::json #>> ${sql.val(parts)}::text[])`
      : sql`cast(json_extract(tasks.data, ${'$' + parts.map((p) => `."${p}"`).join('')}) as text)`;
  const text = (v: unknown, ctx: Ctx): string => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    throw fail(ctx, 'value must be a string or a number.');
  };
  return {
    expr,
    nullable: true,
    sortable: true,
    filter: (op, v, ctx) => {
      const e = expr(ctx);
      switch (op) {
        case 'equal':
          return sql<SqlBool>`${e} = ${text(v, ctx)}`;
        case 'not_equal':
          return sql<SqlBool>`(${e} <> ${text(v, ctx)} or ${e} is null)`;
        case 'contains':
          return like(e, text(v, ctx), ctx.dialect);
        case 'not_contains':
          return sql<SqlBool>`(not (${like(e, text(v, ctx), ctx.dialect)}) or ${e} is null)`;
        case 'empty':
          return parseBool(v, ctx)
            ? sql<SqlBool>`(${e} is null or ${e} = '')`
            : sql<SqlBool>`(${e} is not null and ${e} <> '')`;
        case 'greater':
          return sql<SqlBool>`${e} > ${text(v, ctx)}`;
        case 'less':
          return sql<SqlBool>`${e} < ${text(v, ctx)}`;
        default:
          throw unsupported(ctx, op);
      }
    },
  };
}

function columnOf(name: string, ctx: Ctx): Column {
  if (Object.hasOwn(COLUMNS, name)) return COLUMNS[name as keyof typeof COLUMNS];
  if (name.startsWith('data.')) {
    const key = name.slice(5);
    if (!DATA_KEY.test(key)) throw fail(ctx, `"${key}" is not a usable data key.`);
    return dataColumn(key);
  }
  throw fail(ctx, `unknown column "${name}".`);
}

// ---------------------------------------------------------------------------------------------
// Request parsing

function parseJsonParam(name: string, raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch (e) {
    throw badRequest(`${name}: JSON parse error - ${(e as Error).message}`);
  }
}

export function parseFilters(raw: string | undefined, dialect: Dialect): Cond | null {
  if (raw === undefined || raw === '') return null;
  const parsed = TaskFilters.safeParse(parseJsonParam('filters', raw));
  if (!parsed.success) {
    throw new ApiError(400, 'Invalid filters.', {
      validation_errors: zodToValidationErrors(parsed.error, 'filters'),
    });
  }
  const { conjunction, items } = parsed.data;
  if (items.length === 0) return null;
  const conds = items.map((item: FilterItem) => {
    const name = item.filter.slice('filter:tasks:'.length);
    const ctx = { dialect, name: item.filter };
    if (item.operator !== 'empty' && item.value === undefined)
      throw fail(ctx, 'a value is required.');
    return columnOf(name, ctx).filter(item.operator, item.value, ctx);
  });
  return sql<SqlBool>`(${sql.join(conds, sql` ${sql.raw(conjunction)} `)})`;
}

export interface Ordering {
  /** Canonical key, e.g. `-total_annotations`; part of the cursor. */
  key: string;
  column: Column;
  desc: boolean;
  ctx: Ctx;
}

/** `ordering=["-tasks:created_at"]`, `ordering=-created_at` or `tasks:id`; one column. */
export function parseOrdering(raw: string | undefined, dialect: Dialect): Ordering {
  let items: unknown[] = ['id'];
  if (raw !== undefined && raw.trim() !== '') {
    items = raw.trim().startsWith('[')
      ? (parseJsonParam('ordering', raw) as unknown[])
      : raw.split(',');
    if (!Array.isArray(items) || items.some((i) => typeof i !== 'string'))
      throw badRequest('ordering: must be a list of column names.');
  }
  if (items.length === 0) items = ['id'];
  if (items.length > 1) throw badRequest('ordering: only one column can be sorted on.');
  const item = (items[0] as string).trim();
  const desc = item.startsWith('-');
  const name = item.replace(/^-/, '').replace(/^tasks:/, '');
  const ctx = { dialect, name: `ordering ${item}` };
  const column = columnOf(name, ctx);
  if (!column.sortable) throw badRequest(`ordering: cannot sort on "${name}".`);
  return { key: `${desc ? '-' : ''}${name}`, column, desc, ctx };
}

// ---------------------------------------------------------------------------------------------
// Keyset cursor: the sort value and the id of the last row, bound to the ordering.

interface Cursor {
  o: string;
  v: Scalar | null;
  id: number;
  /** Totals of a filtered walk as of its first page, so later pages skip the COUNT. */
  t?: [number, number, number] | undefined;
}

export function encodeCursor(
  o: Ordering,
  value: Scalar | null,
  id: number,
  totals?: Totals,
): string {
  // Ordered by id only, unfiltered: the short form earlier versions issued.
  if (o.key === 'id' && !totals) return Buffer.from(`t:${id}`).toString('base64url');
  const c: Cursor = { o: o.key, v: value, id };
  if (totals) c.t = [totals.total, totals.total_annotations, totals.total_predictions];
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(raw: string, o: Ordering): Cursor {
  const text = Buffer.from(raw, 'base64url').toString();
  const legacy = /^t:(\d+)$/.exec(text);
  if (legacy) {
    if (o.key !== 'id') throw badRequest('Invalid cursor: it belongs to another ordering.');
    return { o: 'id', v: Number(legacy[1]), id: Number(legacy[1]) };
  }
  let c: Partial<Cursor> | null = null;
  try {
    c = JSON.parse(text) as Partial<Cursor>;
  } catch {
    /* reported below */
  }
  if (
    !c ||
    typeof c.id !== 'number' ||
    !Number.isInteger(c.id) ||
    (c.v !== null && typeof c.v !== 'string' && typeof c.v !== 'number')
  ) {
    throw badRequest('Invalid cursor.');
  }
  if (c.o !== o.key) throw badRequest('Invalid cursor: it belongs to another ordering.');
  if (c.t !== undefined && !(Array.isArray(c.t) && c.t.length === 3 && c.t.every(Number.isInteger)))
    throw badRequest('Invalid cursor.');
  return c as Cursor;
}

/**
 * Rows after the cursor in (value, id) order. NULLs sort first ascending and last descending on
 * both databases, so the row-value comparison is completed by the NULL cases.
 */
function afterCursor(o: Ordering, c: Cursor): Cond {
  const e = o.column.expr(o.ctx);
  const id = sql.ref('tasks.id');
  if (c.v === null) {
    return o.desc
      ? sql<SqlBool>`(${e} is null and ${id} < ${c.id})`
      : sql<SqlBool>`((${e} is null and ${id} > ${c.id}) or ${e} is not null)`;
  }
  const cmp = o.desc ? sql`<` : sql`>`;
  const rowCmp = sql<SqlBool>`(${e}, ${id}) ${cmp} (${c.v}, ${c.id})`;
  return o.desc && o.column.nullable ? sql<SqlBool>`(${rowCmp} or ${e} is null)` : rowCmp;
}

function orderSql(o: Ordering): Expr {
  const e = o.column.expr(o.ctx);
  const dir = o.desc ? sql`desc` : sql`asc`;
  // PostgreSQL puts NULLs last ascending; say what SQLite does by default (and the indexes hold).
  const nulls =
    o.column.nullable && o.ctx.dialect === 'postgres'
      ? o.desc
        ? sql` nulls last`
        : sql` nulls first`
      : sql``;
  return sql`${e} ${dir}${nulls}, tasks.id ${dir}`;
}

// ---------------------------------------------------------------------------------------------

/** The WHERE of a filtered, searched task set (the table's view; data-manager actions on it). */
export function taskConditions(
  q: { filters?: string | undefined; search?: string | undefined },
  dialect: Dialect,
): Cond[] {
  const conds: Cond[] = [];
  const filter = parseFilters(q.filters, dialect);
  if (filter) conds.push(filter);
  if (q.search !== undefined && q.search !== '') {
    // Data is JSON text: search for the string as JSON would write it.
    conds.push(like(sql.ref('tasks.data'), JSON.stringify(q.search).slice(1, -1), dialect));
  }
  return conds;
}

export interface TaskQuery {
  filters?: string | undefined;
  ordering?: string | undefined;
  search?: string | undefined;
  after?: string | undefined;
  limit: number;
  offset: number;
}

export interface TaskQueryResult {
  rows: TaskRow[];
  /** Sort value of each row, for the cursor. */
  nextCursor: string | null;
  total: number;
  total_annotations: number;
  total_predictions: number;
}

/**
 * One page of a project's tasks. Totals come from the project's stored counters when nothing
 * narrows the set; otherwise from one COUNT/SUM over the same WHERE on the first page (reused
 * while the project's counters stand, see totals-cache.ts), carried in the cursor for the
 * pages after it (totals as of the start of the walk).
 */
export async function queryTasks(
  db: Q,
  dialect: Dialect,
  project: ProjectRow,
  q: TaskQuery,
): Promise<TaskQueryResult> {
  const conds = taskConditions(q, dialect);
  const ordering = parseOrdering(q.ordering, dialect);

  let page = db
    .selectFrom('tasks')
    .selectAll()
    .select(ordering.column.expr(ordering.ctx).as('_sort'))
    .where('project_id', '=', project.id);
  for (const c of conds) page = page.where(c);
  const cursor = q.after ? decodeCursor(q.after, ordering) : undefined;
  if (cursor) page = page.where(afterCursor(ordering, cursor));
  page = page.orderBy(orderSql(ordering)).limit(q.limit + 1);
  if (!q.after && q.offset > 0) page = page.offset(q.offset);

  const totalsQuery = async (): Promise<Totals> => {
    if (cursor?.t) {
      const [total, total_annotations, total_predictions] = cursor.t;
      return { total, total_annotations, total_predictions };
    }
    if (conds.length === 0) {
      return {
        total: project.task_number,
        total_annotations: project.total_annotations_number,
        total_predictions: project.total_predictions_number,
      };
    }
    let t = db
      .selectFrom('tasks')
      .select([
        sql<number>`count(*)`.as('total'),
        sql<number>`coalesce(sum(total_annotations), 0)`.as('total_annotations'),
        sql<number>`coalesce(sum(total_predictions), 0)`.as('total_predictions'),
      ])
      .where('project_id', '=', project.id);
    for (const c of conds) t = t.where(c);
    const compiled = t.compile();
    return cachedTotals(
      project,
      `${compiled.sql}\u0000${JSON.stringify(compiled.parameters)}`,
      async () => {
        const [row] = await runRead(db, t);
        if (!row) throw new Error('an aggregate query returned no row');
        return {
          total: Number(row.total),
          total_annotations: Number(row.total_annotations),
          total_predictions: Number(row.total_predictions),
        };
      },
    );
  };

  const [rows, totals] = await Promise.all([runRead(db, page), totalsQuery()]);
  const pageRows = rows.slice(0, q.limit);
  const last = pageRows[pageRows.length - 1];
  const nextCursor =
    rows.length > q.limit && last
      ? encodeCursor(
          ordering,
          (last as { _sort: Scalar | null })._sort,
          last.id,
          conds.length > 0 ? totals : undefined,
        )
      : null;
  return {
    rows: pageRows.map(({ _sort: _, ...t }) => t as TaskRow),
    nextCursor,
    ...totals,
  };
}
