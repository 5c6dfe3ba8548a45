/**
 * The yardstick: a bare node:http server on the same database (better-sqlite3 or pg) doing
 * the same work as Margin for the benchmarked routes — token lookup, the task row with its
 * annotations, predictions and the caller's drafts written as the same JSON; an annotation
 * insert with counter updates in one transaction. No framework, no validation, no layers.
 * Usage: tsx baseline-server.ts '<DbConfig JSON>'
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { DbConfig } from '../../src/server/db/connect';

const dbConfig = JSON.parse(process.argv[2] ?? '{}') as DbConfig;

type Row = Record<string, unknown>;
interface Store {
  user(token: string): Promise<Row | undefined>;
  task(id: number): Promise<Row | undefined>;
  children(taskId: number, userId: number): Promise<[Row[], Row[], Row[]]>;
  createAnnotation(taskId: number, userId: number, body: Row): Promise<Row>;
  bulk(taskIds: number[], userId: number, body: Row): Promise<number[]>;
}

const TASK_SQL = 'select * from tasks where id = $1';
const USER_SQL =
  'select id, email, first_name, last_name, is_active from users where api_token = $1';
const ANN_SQL = 'select * from annotations where task_id = $1 order by id';
const PRED_SQL = 'select * from predictions where task_id = $1 order by id';
const DRAFT_SQL = 'select * from drafts where task_id = $1 and user_id = $2 order by id';
const INSERT_SQL = `insert into annotations (task_id, project_id, result, completed_by, unique_id, was_cancelled,
  ground_truth, created_at, updated_at, lead_time, last_action, bulk_created, updated_by, last_created_by)
  values ($1, $2, $3, $4, $5, 0, 0, $6, $6, $7, 'submitted', 0, $4, $4) returning *`;
const TASK_COUNT_SQL = `update tasks set total_annotations = total_annotations + 1,
  finished_annotations = finished_annotations + 1, useful_annotations = useful_annotations + 1,
  is_labeled = case when finished_annotations + 1 >= overlap then 1 else 0 end where id = $1 returning project_id`;
const PROJECT_COUNT_SQL = `update projects set total_annotations_number = total_annotations_number + 1,
  useful_annotation_number = useful_annotation_number + 1 where id = $1`;

/** `$1` → `@p1`: better-sqlite3 binds named parameters, so a repeated `$n` stays one value. */
const sqlite = (s: string) => s.replace(/\$(\d)/g, '@p$1');
const named = (...values: unknown[]) => Object.fromEntries(values.map((v, i) => [`p${i + 1}`, v]));

function sqliteStore(file: string): Store {
  const db = new SqliteDatabase(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const [user, task, ann, pred, draft, insert, taskCount, projectCount] = [
    USER_SQL,
    TASK_SQL,
    ANN_SQL,
    PRED_SQL,
    DRAFT_SQL,
    INSERT_SQL,
    TASK_COUNT_SQL,
    PROJECT_COUNT_SQL,
  ].map((s) => db.prepare(sqlite(s)));
  const create = db.transaction((taskId: number, userId: number, body: Row) => {
    const t = task!.get(named(taskId)) as Row;
    const row = insert!.get(
      named(
        taskId,
        t.project_id,
        JSON.stringify(body.result),
        userId,
        crypto.randomUUID(),
        new Date().toISOString(),
        body.lead_time,
      ),
    ) as Row;
    taskCount!.get(named(taskId));
    projectCount!.run(named(t.project_id));
    return row;
  });
  const bulk = db.transaction((taskIds: number[], userId: number, body: Row) =>
    taskIds.map((id) => (create(id, userId, body) as Row).id as number),
  );
  return {
    bulk: async (taskIds, userId, body) => bulk(taskIds, userId, body),
    user: async (token) => user!.get(named(token)) as Row | undefined,
    task: async (id) => task!.get(named(id)) as Row | undefined,
    children: async (taskId, userId) => [
      ann!.all(named(taskId)) as Row[],
      pred!.all(named(taskId)) as Row[],
      draft!.all(named(taskId, userId)) as Row[],
    ],
    createAnnotation: async (taskId, userId, body) => create(taskId, userId, body),
  };
}

function pgStore(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const one = async (text: string, values: unknown[]) =>
    (await pool.query({ name: text.slice(0, 60), text, values })).rows[0] as Row | undefined;
  const all = async (text: string, values: unknown[]) =>
    (await pool.query({ text, values })).rows as Row[];
  /** One annotation and its task's counters, inside an open transaction; returns the row. */
  const insertOn = async (client: pg.PoolClient, taskId: number, userId: number, body: Row) => {
    const t = (
      await client.query('select project_id from tasks where id = $1 for update', [taskId])
    ).rows[0] as Row;
    const row = (
      await client.query(INSERT_SQL, [
        taskId,
        t.project_id,
        JSON.stringify(body.result),
        userId,
        crypto.randomUUID(),
        new Date().toISOString(),
        body.lead_time,
      ])
    ).rows[0] as Row;
    await client.query(TASK_COUNT_SQL, [taskId]);
    return row;
  };
  const inTransaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (e) {
      await client.query('rollback');
      throw e;
    } finally {
      client.release();
    }
  };
  return {
    bulk: (taskIds, userId, body) =>
      inTransaction(async (client) => {
        const ids: number[] = [];
        for (const taskId of taskIds)
          ids.push((await insertOn(client, taskId, userId, body)).id as number);
        return ids;
      }),
    user: (token) => one(USER_SQL, [token]),
    task: (id) => one(TASK_SQL, [id]),
    children: (taskId, userId) =>
      Promise.all([
        all(ANN_SQL, [taskId]),
        all(PRED_SQL, [taskId]),
        all(DRAFT_SQL, [taskId, userId]),
      ]),
    createAnnotation: (taskId, userId, body) =>
      inTransaction(async (client) => {
        const row = await insertOn(client, taskId, userId, body);
        await client.query(PROJECT_COUNT_SQL, [row.project_id]);
        return row;
      }),
  };
}

const store = dbConfig.kind === 'sqlite' ? sqliteStore(dbConfig.file) : pgStore(dbConfig.url);
const bool = (v: unknown) => v === 1 || v === true;

function taskJson(t: Row, anns: Row[], preds: Row[], drafts: Row[]) {
  return {
    id: t.id,
    data: JSON.parse(t.data as string),
    meta: JSON.parse(t.meta as string),
    created_at: t.created_at,
    updated_at: t.updated_at,
    is_labeled: bool(t.is_labeled),
    overlap: t.overlap,
    inner_id: t.inner_id,
    total_annotations: t.total_annotations,
    cancelled_annotations: t.cancelled_annotations,
    total_predictions: t.total_predictions,
    comment_count: t.comment_count,
    unresolved_comment_count: t.unresolved_comment_count,
    last_comment_updated_at: t.last_comment_updated_at,
    project: t.project_id,
    updated_by: t.updated_by,
    file_upload: t.file_upload,
    comment_authors: JSON.parse(t.comment_authors as string),
    annotations: anns.map((a) => ({ ...a, result: JSON.parse(a.result as string) })),
    predictions: preds.map((p) => ({ ...p, result: JSON.parse(p.result as string) })),
    drafts,
    annotators: [...new Set(anns.map((a) => a.completed_by))],
    avg_lead_time: t.avg_lead_time,
    completed_at: t.completed_at,
  };
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Row> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Row;
}

const server = createServer((req, res) => {
  void (async () => {
    const token = (req.headers.authorization ?? '').replace(/^Token /, '');
    const user = await store.user(token);
    if (!user) return send(res, 401, { detail: 'Invalid token.' });
    if (req.method === 'POST' && /^\/api\/annotations\/bulk\/?$/.test(req.url ?? '')) {
      const body = await readBody(req);
      const ids = await store.bulk(body.tasks as number[], user.id as number, body);
      return send(
        res,
        201,
        ids.map((id) => ({ id })),
      );
    }
    const m = /^\/api\/tasks\/(\d+)\/?(annotations)?\/?$/.exec(req.url ?? '');
    if (!m) return send(res, 404, { detail: 'Not found.' });
    const taskId = Number(m[1]);
    if (req.method === 'GET' && !m[2]) {
      const t = await store.task(taskId);
      if (!t) return send(res, 404, { detail: 'Not found.' });
      const [anns, preds, drafts] = await store.children(taskId, user.id as number);
      return send(res, 200, taskJson(t, anns, preds, drafts));
    }
    if (req.method === 'POST' && m[2]) {
      return send(
        res,
        201,
        await store.createAnnotation(taskId, user.id as number, await readBody(req)),
      );
    }
    return send(res, 405, { detail: 'Method not allowed.' });
  })().catch((e: unknown) => send(res, 500, { detail: String(e) }));
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(
    `${JSON.stringify({ port: (server.address() as { port: number }).port })}\n`,
  );
});
