import { sql, type SqlBool } from 'kysely';
import type { AnnotationRow } from './annotations';
import type { Dialect, Q } from './connect';
import { runRead } from './prepared';

/**
 * The review queue (api-contract.md §12): a project's submitted annotations that wait for
 * review (`review_status` NULL, not cancelled), oldest first, read through the partial index
 * `annotations_review_queue`. The index's conditions are written as literals: a planner matches
 * a partial index only against constants, never against bound parameters.
 */
export interface QueueFilter {
  projectId: number;
  annotator?: number | undefined;
  /** A label value (a choice, a region label, a taxonomy node) the result must contain. */
  label?: string | undefined;
  createdAfter?: string | undefined;
  createdBefore?: string | undefined;
  exclude?: number | undefined;
}

/**
 * Does the result carry `label` among the values of a `choices`, `taxonomy` or `*labels` key?
 * Matching the parsed JSON, not its text, so a transcription or a region's selected text that
 * happens to read "Positive" does not count.
 */
function hasLabel(dialect: Dialect, label: string) {
  if (dialect === 'sqlite') {
    return sql<SqlBool>`exists (select 1 from json_tree(a.result) j where j.type = 'text'
      and j.atom = ${label} and (j.path like '$[%].value.choices%'
        or j.path like '$[%].value.taxonomy%' or j.path like '$[%].value.%labels%'))`;
  }
  return sql<SqlBool>`exists (select 1
    from jsonb_array_elements(case when jsonb_typeof(a.result::jsonb) = 'array'
      then a.result::jsonb else '[]'::jsonb end) r(item),
    jsonb_each(case when jsonb_typeof(r.item -> 'value') = 'object'
      then r.item -> 'value' else '{}'::jsonb end) v(key, val)
    where (v.key in ('choices', 'taxonomy') or v.key like '%labels')
      and jsonb_typeof(v.val) = 'array'
      and (v.val @> jsonb_build_array(${label}::text)
        or v.val @> jsonb_build_array(jsonb_build_array(${label}::text))))`;
}

function waiting(db: Q, dialect: Dialect, f: QueueFilter) {
  let q = db
    .selectFrom('annotations as a')
    .where('a.project_id', '=', f.projectId)
    .where(sql<SqlBool>`a.review_status is null and a.was_cancelled = 0`);
  if (f.annotator !== undefined) q = q.where('a.completed_by', '=', f.annotator);
  if (f.createdAfter !== undefined) q = q.where('a.created_at', '>=', f.createdAfter);
  if (f.createdBefore !== undefined) q = q.where('a.created_at', '<=', f.createdBefore);
  if (f.exclude !== undefined) q = q.where('a.id', '<>', f.exclude);
  if (f.label !== undefined) q = q.where(hasLabel(dialect, f.label));
  return q;
}

/** The oldest annotation waiting for review that matches the filter. */
export async function oldestWaiting(
  db: Q,
  dialect: Dialect,
  f: QueueFilter,
): Promise<AnnotationRow | undefined> {
  const rows = await runRead(
    db,
    waiting(db, dialect, f).selectAll('a').orderBy('a.created_at').orderBy('a.id').limit(1),
  );
  return rows[0];
}

/** Number of result items, without shipping the result: SQL reads the JSON array's length. */
const resultCount = (dialect: Dialect) =>
  dialect === 'sqlite'
    ? sql<number>`coalesce(json_array_length(a.result), 0)`
    : sql<number>`coalesce(case when json_typeof(a.result::json) = 'array'
        then json_array_length(a.result::json) end, 0)`;

/** One page of the queue and the number of annotations it holds in all. */
export async function waitingPage(
  db: Q,
  dialect: Dialect,
  f: QueueFilter,
  page: { limit: number; offset: number },
) {
  const [total] = await runRead(
    db,
    waiting(db, dialect, f).select((eb) => eb.fn.countAll<number>().as('n')),
  );
  const rows = await runRead(
    db,
    waiting(db, dialect, f)
      .innerJoin('tasks as t', 't.id', 'a.task_id')
      .select([
        'a.id',
        'a.task_id',
        't.inner_id',
        'a.completed_by',
        'a.created_at',
        'a.updated_at',
        'a.lead_time',
        'a.last_action',
      ])
      .select(resultCount(dialect).as('result_count'))
      .orderBy('a.created_at')
      .orderBy('a.id')
      .limit(page.limit)
      .offset(page.offset),
  );
  return { count: Number(total?.n ?? 0), rows };
}
