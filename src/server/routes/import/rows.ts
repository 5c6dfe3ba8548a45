import type { LabelConfig } from '../../../shared/label-config/label-config';
import { validateResult, type ValidationMode } from '../../../shared/label-config/validate-result';
import { toApiDatetime } from '../../db/time';
import type { UserResolver } from './users';

/**
 * One imported item → the rows to store, or the reasons it cannot be stored. An item with a
 * `data` object is a full task (`data`, `meta`, `annotations`, `predictions`, `drafts`); any
 * other object is the data itself (api-contract.md §7). Everything is checked here, before
 * any write, so the write pass only inserts.
 */

export interface RowContext {
  config: LabelConfig;
  /** The config's `$variable` keys every task's data must hold. */
  requiredKeys: readonly string[];
  importerId: number;
  users: UserResolver;
  now: string;
}

export interface PreparedAnnotation {
  result: string;
  completedBy: number;
  wasCancelled: boolean;
  groundTruth: boolean;
  leadTime: number | null;
  importId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface PreparedPrediction {
  result: string;
  modelVersion: string;
  score: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface PreparedDraft {
  result: string | null;
  userId: number;
  leadTime: number | null;
  wasPostponed: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface PreparedTask {
  data: string;
  meta: string;
  annotations: PreparedAnnotation[];
  predictions: PreparedPrediction[];
  drafts: PreparedDraft[];
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** At most this many messages per item: one broken task must not crowd out the others. */
const MAX_ERRORS_PER_ITEM = 10;

/** PostgreSQL text cannot hold U+0000; JSON.stringify writes it as an unescaped `\u0000`. */
const NUL = /(?<!\\)(?:\\\\)*\\u0000/;

class Problems {
  readonly list: string[] = [];
  add(path: string, message: string) {
    if (this.list.length < MAX_ERRORS_PER_ITEM)
      this.list.push(path ? `${path}: ${message}` : message);
  }
}

function datetime(v: unknown, path: string, p: Problems, fallback: string): string {
  if (v === undefined || v === null) return fallback;
  const parsed = typeof v === 'string' ? toApiDatetime(v) : null;
  if (parsed === null) p.add(path, 'not an ISO 8601 datetime');
  return parsed ?? fallback;
}

function optionalNumber(v: unknown, path: string, p: Problems): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  p.add(path, 'must be a number');
  return null;
}

function optionalBool(v: unknown, path: string, p: Problems, fallback: boolean): boolean {
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'boolean') return v;
  p.add(path, 'must be true or false');
  return fallback;
}

function list(v: unknown, path: string, p: Problems): Obj[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    p.add(path, 'must be a list');
    return [];
  }
  return v.filter((item, i) => {
    // Label Studio's (and our) JSON export lists predictions and drafts by id: ids of another
    // instance name nothing here, so they are skipped rather than refused.
    if (Number.isInteger(item)) return false;
    if (!isObject(item)) p.add(`${path}[${i}]`, 'must be an object');
    return isObject(item);
  });
}

function checkedResult(
  ctx: RowContext,
  result: unknown,
  data: Obj,
  mode: ValidationMode,
  path: string,
  p: Problems,
): string | null {
  const errors = validateResult(ctx.config, result, data, mode);
  for (const [field, messages] of Object.entries(errors))
    for (const m of messages) p.add(`${path}.${field}`, m);
  return result === null ? null : JSON.stringify(result);
}

/** `completed_by`: an id, `{"id"}`, `{"email"}`, or absent (the importer). */
async function userRef(ctx: RowContext, v: unknown, path: string, p: Problems): Promise<number> {
  if (v === undefined || v === null) return ctx.importerId;
  const ref = isObject(v) ? (v.id ?? v.email) : v;
  const id =
    typeof ref === 'number' && Number.isInteger(ref)
      ? await ctx.users.byId(ref)
      : typeof ref === 'string'
        ? await ctx.users.byEmail(ref)
        : undefined;
  if (id === undefined) p.add(path, 'must be a user id, {"id"} or {"email"}');
  else if (id === null) p.add(path, `unknown user ${JSON.stringify(ref)}`);
  return id ?? ctx.importerId;
}

async function annotationsOf(ctx: RowContext, items: Obj[], data: Obj, p: Problems) {
  const out: PreparedAnnotation[] = [];
  for (const [i, a] of items.entries()) {
    const path = `annotations[${i}]`;
    const wasCancelled = optionalBool(a.was_cancelled, `${path}.was_cancelled`, p, false);
    if (a.result === undefined) p.add(`${path}.result`, 'This field is required.');
    const result = checkedResult(
      ctx,
      a.result ?? [],
      data,
      wasCancelled ? 'skip' : 'submit',
      `${path}`,
      p,
    );
    const createdAt = datetime(a.created_at, `${path}.created_at`, p, ctx.now);
    out.push({
      result: result ?? 'null',
      completedBy: await userRef(ctx, a.completed_by, `${path}.completed_by`, p),
      wasCancelled,
      // Label Studio marks imported annotations as ground truth unless told otherwise.
      groundTruth: optionalBool(a.ground_truth, `${path}.ground_truth`, p, true),
      leadTime: optionalNumber(a.lead_time, `${path}.lead_time`, p),
      importId: typeof a.id === 'number' && Number.isSafeInteger(a.id) ? a.id : null,
      createdAt,
      updatedAt: datetime(a.updated_at, `${path}.updated_at`, p, createdAt),
    });
  }
  // At most one ground truth per task: the last one given wins.
  const last = out.findLastIndex((a) => a.groundTruth);
  out.forEach((a, i) => (a.groundTruth = i === last));
  return out;
}

function predictionsOf(ctx: RowContext, items: Obj[], data: Obj, p: Problems) {
  return items.map((r, i): PreparedPrediction => {
    const path = `predictions[${i}]`;
    if (r.result === undefined) p.add(`${path}.result`, 'This field is required.');
    const result = checkedResult(ctx, r.result ?? [], data, 'prediction', path, p);
    if (r.model_version != null && typeof r.model_version !== 'string')
      p.add(`${path}.model_version`, 'must be a string');
    const createdAt = datetime(r.created_at, `${path}.created_at`, p, ctx.now);
    return {
      result: result ?? '[]',
      modelVersion: typeof r.model_version === 'string' ? r.model_version : 'undefined',
      score: optionalNumber(r.score, `${path}.score`, p),
      createdAt,
      updatedAt: datetime(r.updated_at, `${path}.updated_at`, p, createdAt),
    };
  });
}

async function draftsOf(ctx: RowContext, items: Obj[], data: Obj, p: Problems) {
  const byUser = new Map<number, PreparedDraft>(); // one draft per user and task: the last wins
  for (const [i, d] of items.entries()) {
    const path = `drafts[${i}]`;
    const result = checkedResult(ctx, d.result ?? null, data, 'draft', path, p);
    const userId = await userRef(ctx, d.user ?? d.completed_by, `${path}.user`, p);
    const createdAt = datetime(d.created_at, `${path}.created_at`, p, ctx.now);
    byUser.set(userId, {
      result,
      userId,
      leadTime: optionalNumber(d.lead_time, `${path}.lead_time`, p),
      wasPostponed: optionalBool(d.was_postponed, `${path}.was_postponed`, p, false),
      createdAt,
      updatedAt: datetime(d.updated_at, `${path}.updated_at`, p, createdAt),
    });
  }
  return [...byUser.values()];
}

/** The prepared task, or the item's problems (without the "Error at item N: " prefix). */
export async function prepareItem(
  item: unknown,
  ctx: RowContext,
): Promise<PreparedTask | string[]> {
  if (!isObject(item)) return ['a task must be a JSON object'];
  const full = 'data' in item;
  const data = full ? item.data : item;
  if (!isObject(data)) return ['"data" must be a JSON object'];
  const p = new Problems();
  for (const key of ctx.requiredKeys)
    if (!(key in data)) p.add('', `"${key}" key is expected in task data`);
  if (p.list.length) return p.list;
  const dataText = JSON.stringify(data);
  if (!full) {
    if (NUL.test(dataText)) return ['Null characters are not allowed.'];
    return { data: dataText, meta: '{}', annotations: [], predictions: [], drafts: [] };
  }
  if (item.meta != null && !isObject(item.meta)) p.add('meta', 'must be a JSON object');
  const task: PreparedTask = {
    data: dataText,
    meta: isObject(item.meta) ? JSON.stringify(item.meta) : '{}',
    annotations: await annotationsOf(ctx, list(item.annotations, 'annotations', p), data, p),
    predictions: predictionsOf(ctx, list(item.predictions, 'predictions', p), data, p),
    drafts: await draftsOf(ctx, list(item.drafts, 'drafts', p), data, p),
  };
  if (p.list.length) return p.list;
  const texts = [task.data, task.meta, ...task.annotations.map((a) => a.result)];
  texts.push(...task.predictions.map((r) => r.result), ...task.drafts.map((d) => d.result ?? ''));
  if (texts.some((t) => NUL.test(t))) return ['Null characters are not allowed.'];
  return task;
}
