import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportResult } from '../../../shared/api/imports';
import {
  createProject,
  exact,
  expectCountersConsistent,
  expectError,
  expectFieldError,
  expectStatus,
  fixtureTasks,
  getProject,
  tableCounts,
  startTestServer,
  type ConfigName,
  type TestServer,
} from '../../../../test/setup/api-helpers';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

const importUrl = (project: number, query = '') => `/api/projects/${project}/import${query}`;

async function importJson(project: number, body: unknown, query = '') {
  return s.request('POST', importUrl(project, query), { body });
}

async function importRaw(project: number, text: string, type: string, query = '') {
  return s.request('POST', importUrl(project, query), {
    rawBody: text,
    headers: { 'content-type': type },
  });
}

/** A multipart body as a browser would send it. */
async function importFiles(project: number, files: [string, string][], query = '') {
  const form = new FormData();
  for (const [name, text] of files) form.append('file', new Blob([text]), name);
  const req = new Request('http://x/', { method: 'POST', body: form });
  return s.request('POST', importUrl(project, query), {
    rawBody: new Uint8Array(await req.arrayBuffer()),
    headers: { 'content-type': req.headers.get('content-type')! },
  });
}

async function storedTasks(project: number) {
  return s.db.kysely
    .selectFrom('tasks')
    .select(['id', 'data', 'meta', 'inner_id'])
    .where('project_id', '=', project)
    .orderBy('id')
    .execute();
}

const dataOf = async (project: number) =>
  (await storedTasks(project)).map((t) => JSON.parse(t.data) as Record<string, unknown>);

function result(res: Awaited<ReturnType<typeof importJson>>, status = 201): ImportResult {
  return exact(ImportResult, expectStatus(res, status).body);
}

describe('POST /api/projects/{id}/import — formats', () => {
  it('imports a JSON list of data objects and full tasks, with task ids', async () => {
    const p = await createProject(s);
    const res = await importJson(
      p.id,
      [{ text: 'one' }, { data: { text: 'two' }, meta: { source: 'x' } }],
      '?return_task_ids=true',
    );
    const body = result(res);
    expect(body).toMatchObject({
      task_count: 2,
      annotation_count: 0,
      prediction_count: 0,
      file_upload_ids: [],
      could_be_tasks_list: false,
      found_formats: [],
      data_columns: [],
    });
    const rows = await storedTasks(p.id);
    expect(body.task_ids).toEqual(rows.map((r) => r.id));
    expect(rows.map((r) => [JSON.parse(r.data), JSON.parse(r.meta), r.inner_id])).toEqual([
      [{ text: 'one' }, {}, 1],
      [{ text: 'two' }, { source: 'x' }, 2],
    ]);
    expect(body.duration).toBeGreaterThanOrEqual(0);
    await expectCountersConsistent(s, p.id);
  });

  it('imports one task object (no list), without task_ids unless asked', async () => {
    const p = await createProject(s);
    const body = result(await importJson(p.id, { data: { text: 'solo' } }));
    expect(body.task_count).toBe(1);
    expect(body.task_ids).toBeUndefined();
    expect(await dataOf(p.id)).toEqual([{ text: 'solo' }]);
  });

  it('imports JSONL', async () => {
    const p = await createProject(s);
    const text = '{"text": "a"}\r\n\n{"data": {"text": "b"}}\n';
    expect(result(await importRaw(p.id, text, 'application/x-ndjson')).task_count).toBe(2);
    const q = await createProject(s);
    expect(result(await importFiles(q.id, [['t.jsonl', text]])).task_count).toBe(2);
    expect(await dataOf(q.id)).toEqual([{ text: 'a' }, { text: 'b' }]);
  });

  it('imports CSV with a BOM, CRLF, quoted commas, newlines and escaped quotes', async () => {
    const p = await createProject(s);
    const text = '\ufefftext,source\r\n"a, b","say ""hi"""\r\n"two\r\nlines",x\r\n';
    expect(result(await importRaw(p.id, text, 'text/csv; charset=utf-8')).task_count).toBe(2);
    expect(await dataOf(p.id)).toEqual([
      { text: 'a, b', source: 'say "hi"' },
      { text: 'two\r\nlines', source: 'x' },
    ]);
  });

  it('detects a `;` delimiter', async () => {
    const p = await createProject(s);
    expect(result(await importFiles(p.id, [['t.csv', 'text;n\n"x;y";1,5\n']])).task_count).toBe(1);
    expect(await dataOf(p.id)).toEqual([{ text: 'x;y', n: '1,5' }]);
  });

  it('imports TSV, raw and as a file', async () => {
    const p = await createProject(s);
    const text = 'text\tsource\nhello, world\tweb\n';
    expect(result(await importRaw(p.id, text, 'text/tab-separated-values')).task_count).toBe(1);
    expect(result(await importFiles(p.id, [['t.tsv', text]])).task_count).toBe(1);
    expect(await dataOf(p.id)).toEqual([
      { text: 'hello, world', source: 'web' },
      { text: 'hello, world', source: 'web' },
    ]);
  });

  it('imports TXT: one task per line into the config variable', async () => {
    const p = await createProject(s);
    const body = result(await importFiles(p.id, [['lines.txt', 'first line\r\n\nsecond, line\n']]));
    expect(body.task_count).toBe(2);
    expect(await dataOf(p.id)).toEqual([{ text: 'first line' }, { text: 'second, line' }]);
  });

  it('imports a plain URL list into an Image config', async () => {
    const p = await createProject(s, 'image-bbox');
    const urls = 'https://example.org/a.png\nhttps://example.org/b.png\n';
    expect(result(await importRaw(p.id, urls, 'text/plain')).task_count).toBe(2);
    expect(await dataOf(p.id)).toEqual([
      { image: 'https://example.org/a.png' },
      { image: 'https://example.org/b.png' },
    ]);
  });

  it('refuses a line list when the config reads several variables', async () => {
    const config = `<View><Text name="a" value="$a"/><Text name="b" value="$b"/>
      <Choices name="c" toName="a"><Choice value="x"/></Choices></View>`;
    const created = await s.request('POST', '/api/projects', {
      body: { title: 'two texts', label_config: config },
    });
    const p = expectStatus(created, 201).body as { id: number };
    const res = await importRaw(p.id, 'x\n', 'text/plain');
    expectError(res, 400, /one data variable/);
  });

  it('imports several files of different formats in one multipart request', async () => {
    const p = await createProject(s);
    const body = result(
      await importFiles(p.id, [
        ['a.json', '[{"text": "j"}]'],
        ['b.csv', 'text\nc\n'],
        ['c.txt', 't\n'],
      ]),
    );
    expect(body.task_count).toBe(3);
    expect(await dataOf(p.id)).toEqual([{ text: 'j' }, { text: 'c' }, { text: 't' }]);
  });

  it('refuses an unsupported file extension and media type', async () => {
    const p = await createProject(s);
    expectError(await importFiles(p.id, [['x.xml', '<a/>']]), 400, /Unsupported file format/);
    expectError(await importRaw(p.id, '<a/>', 'application/xml'), 415);
  });
});

describe('fixture files', () => {
  const configs: ConfigName[] = ['sentiment', 'ner', 'image-bbox', 'multi', 'paragraphs'];

  it.each(configs)(
    '%s.json imports with its annotations and predictions, byte for byte',
    async (name) => {
      const p = await createProject(s, name);
      const tasks = fixtureTasks(name);
      const body = result(await importJson(p.id, tasks));
      const annotations = tasks.flatMap((t) => t.annotations ?? []);
      const predictions = tasks.flatMap((t) => t.predictions ?? []);
      expect(body).toMatchObject({
        task_count: tasks.length,
        annotation_count: annotations.length,
        prediction_count: predictions.length,
      });
      const storedA = await s.db.kysely
        .selectFrom('annotations')
        .selectAll()
        .where('project_id', '=', p.id)
        .orderBy('id')
        .execute();
      expect(storedA.map((a) => a.result)).toEqual(
        annotations.map((a) => JSON.stringify(a.result)),
      );
      expect(storedA.map((a) => a.was_cancelled)).toEqual(
        annotations.map((a) => (a.was_cancelled ? 1 : 0)),
      );
      expect(storedA.map((a) => a.lead_time)).toEqual(annotations.map((a) => a.lead_time ?? null));
      expect(new Set(storedA.map((a) => a.last_action))).toEqual(
        new Set(annotations.length ? ['imported'] : []),
      );
      const storedP = await s.db.kysely
        .selectFrom('predictions')
        .selectAll()
        .where('project_id', '=', p.id)
        .orderBy('id')
        .execute();
      expect(storedP.map((r) => [r.result, r.model_version, r.score])).toEqual(
        predictions.map((r) => [
          JSON.stringify(r.result),
          r.model_version ?? 'undefined',
          r.score ?? null,
        ]),
      );
      expect(await dataOf(p.id)).toEqual(tasks.map((t) => t.data));
      // Through the API as well: the task view returns the results unchanged.
      const first = tasks.findIndex((t) => t.annotations?.length);
      if (first !== -1) {
        const id = (await storedTasks(p.id))[first]!.id;
        const view = expectStatus(await s.request('GET', `/api/tasks/${id}`), 200).body;
        expect(view.annotations.map((a: { result: unknown }) => a.result)).toEqual(
          tasks[first]!.annotations!.map((a) => a.result),
        );
      }
      await expectCountersConsistent(s, p.id);
    },
  );
});

describe('imported annotations', () => {
  const choice = (c: string) => [
    {
      id: 'imp0000001',
      from_name: 'sentiment',
      to_name: 'text',
      type: 'choices',
      value: { choices: [c] },
    },
  ];

  it('default to ground truth, keep one per task (the last), map authors and ids', async () => {
    const p = await createProject(s);
    const other = await s.makeUser('annotator');
    const res = await importJson(p.id, [
      {
        data: { text: 'a' },
        annotations: [
          { id: 41, result: choice('Positive'), completed_by: other.user.id, lead_time: 3 },
          {
            result: choice('Negative'),
            completed_by: { email: other.user.email.toUpperCase() },
            created_at: '2024-01-02T03:04:05.123456+00:00',
          },
          { result: [], was_cancelled: true, ground_truth: false },
        ],
        predictions: [{ result: choice('Neutral'), score: 0.5 }],
        drafts: [{ result: choice('Neutral'), lead_time: 2 }],
      },
    ]);
    expect(result(res)).toMatchObject({ task_count: 1, annotation_count: 3, prediction_count: 1 });
    const rows = await s.db.kysely
      .selectFrom('annotations')
      .selectAll()
      .where('project_id', '=', p.id)
      .orderBy('id')
      .execute();
    expect(rows.map((a) => [a.ground_truth, a.completed_by, a.import_id, a.last_action])).toEqual([
      [0, other.user.id, 41, 'imported'],
      [1, other.user.id, null, 'imported'],
      [0, s.admin.user.id, null, 'imported'],
    ]);
    expect(rows[1]!.created_at).toBe('2024-01-02T03:04:05.123456Z');
    expect(rows[0]!.lead_time).toBe(3);
    const prediction = await s.db.kysely
      .selectFrom('predictions')
      .selectAll()
      .where('project_id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect([prediction.model_version, prediction.score]).toEqual(['undefined', 0.5]);
    const drafts = await s.db.kysely
      .selectFrom('drafts')
      .selectAll()
      .where('project_id', '=', p.id)
      .execute();
    expect(drafts.map((d) => [d.user_id, d.lead_time])).toEqual([[s.admin.user.id, 2]]);
    const counters = await expectCountersConsistent(s, p.id);
    expect(counters).toMatchObject({
      total_annotations_number: 2,
      skipped_annotations_number: 1,
      ground_truth_number: 1,
      total_predictions_number: 1,
    });
  });

  it('refuses an unknown author', async () => {
    const p = await createProject(s);
    const res = await importJson(p.id, [
      { data: { text: 'a' }, annotations: [{ result: choice('Positive'), completed_by: 999999 }] },
      {
        data: { text: 'b' },
        annotations: [{ result: choice('Positive'), completed_by: { email: 'no@x.org' } }],
      },
    ]);
    expect(expectFieldError(res, 'non_field_errors')).toEqual([
      'Error at item 0: annotations[0].completed_by: unknown user 999999',
      'Error at item 1: annotations[0].completed_by: unknown user "no@x.org"',
    ]);
  });
});

describe('validation', () => {
  it('names a missing $variable by item, and stores nothing', async () => {
    const p = await createProject(s);
    await importJson(p.id, [{ text: 'kept' }]);
    const before = { counts: await tableCounts(s.db), project: await getProject(s, p.id) };
    const items = Array.from({ length: 13 }, (_, i) =>
      i === 12 ? { txt: 'x' } : { text: `t${i}` },
    );
    const messages = expectFieldError(await importJson(p.id, items), 'non_field_errors');
    expect(messages).toEqual(['Error at item 12: "text" key is expected in task data']);
    expect(await tableCounts(s.db)).toEqual(before.counts);
    expect(await getProject(s, p.id)).toEqual(before.project);
  });

  it('reports at most 100 errors', async () => {
    const p = await createProject(s);
    const items = Array.from({ length: 150 }, () => ({ other: 1 }));
    expect(expectFieldError(await importJson(p.id, items), 'non_field_errors')).toHaveLength(100);
  });

  it('validates nested annotation and prediction results against the config', async () => {
    const p = await createProject(s, 'ner');
    const [task] = fixtureTasks('ner').filter((t) => t.annotations?.length);
    const good = task!.annotations![0]!.result;
    const bad = good.map((r) => ({ ...r, value: { ...(r.value as object), labels: ['Persn'] } }));
    const res = await importJson(p.id, [
      { data: task!.data, annotations: [{ result: good }] },
      { data: task!.data, annotations: [{ result: bad }], predictions: [{ result: 'nope' }] },
    ]);
    const messages = expectFieldError(res, 'non_field_errors');
    expect(messages[0]).toMatch(
      /^Error at item 1: annotations\[0\]\.result\[0\]\.value\.labels: .*Persn/,
    );
    expect(messages.some((m) => m.startsWith('Error at item 1: predictions[0].result'))).toBe(true);
    expect(await storedTasks(p.id)).toEqual([]);
  });

  it('enforces required controls on submitted annotations, not on skips', async () => {
    const p = await createProject(s);
    const res = await importJson(p.id, [
      { data: { text: 'a' }, annotations: [{ result: [], was_cancelled: true }] },
      { data: { text: 'b' }, annotations: [{ result: [] }] },
    ]);
    const messages = expectFieldError(res, 'non_field_errors');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Error at item 1: annotations\[0\]/);
  });

  it('partial=true stores the valid rows and reports the rest', async () => {
    const p = await createProject(s);
    const res = await importJson(
      p.id,
      [{ text: 'a' }, { nope: 1 }, 'not an object', { text: 'd' }],
      '?partial=true&return_task_ids=1',
    );
    const body = result(res);
    expect(body.task_count).toBe(2);
    expect(body.task_ids).toHaveLength(2);
    expect(body.errors).toEqual([
      'Error at item 1: "text" key is expected in task data',
      'Error at item 2: a task must be a JSON object',
    ]);
    expect(await dataOf(p.id)).toEqual([{ text: 'a' }, { text: 'd' }]);
    await expectCountersConsistent(s, p.id);
  });

  it('commit_to_project=false validates and stores nothing', async () => {
    const p = await createProject(s);
    const before = await tableCounts(s.db);
    const ok = result(
      await importJson(p.id, fixtureTasks('sentiment'), '?commit_to_project=false'),
    );
    expect(ok.task_count).toBe(fixtureTasks('sentiment').length);
    expect(ok.annotation_count).toBeGreaterThan(0);
    expect(await tableCounts(s.db)).toEqual(before);
    expectFieldError(
      await importJson(p.id, [{ x: 1 }], '?commit_to_project=0'),
      'non_field_errors',
    );
  });

  it('answers 400 for truncated JSON, and stores nothing', async () => {
    const p = await createProject(s);
    const res = await importRaw(p.id, '[{"text": "a"}, {"text": "b"', 'application/json');
    expectError(res, 400, /^JSON parse error - /);
    expect(await storedTasks(p.id)).toEqual([]);
    expectError(
      await importRaw(p.id, '[{"text": }]', 'application/json'),
      400,
      /^JSON parse error/,
    );
  });

  it('reports a ragged CSV row by item', async () => {
    const p = await createProject(s);
    const res = await importRaw(p.id, 'text,source\na,b\nc\nd,e,f\n', 'text/csv');
    expect(expectFieldError(res, 'non_field_errors')).toEqual([
      'Error at item 1: row has 1 fields, the header has 2',
      'Error at item 2: row has 3 fields, the header has 2',
    ]);
    expect(await storedTasks(p.id)).toEqual([]);
  });

  it.each([
    ['an empty list', '[]', 'application/json'],
    ['a header-only CSV', 'text\n', 'text/csv'],
    ['an empty text', '\n\n', 'text/plain'],
  ])('refuses %s: "load_tasks: No tasks added"', async (_name, text, type) => {
    const p = await createProject(s);
    expect(expectFieldError(await importRaw(p.id, text, type), 'non_field_errors')).toEqual([
      'load_tasks: No tasks added',
    ]);
  });

  it('refuses null characters (PostgreSQL cannot store them)', async () => {
    const p = await createProject(s);
    const res = await importRaw(p.id, '[{"text": "a\\u0000b"}]', 'application/json');
    expect(expectFieldError(res, 'non_field_errors')).toEqual([
      'Error at item 0: Null characters are not allowed.',
    ]);
  });
});

describe('access', () => {
  it('is for admins: 403 for a reviewer or annotator, 404 for an unknown project', async () => {
    const p = await createProject(s);
    for (const role of ['reviewer', 'annotator'] as const) {
      const u = await s.makeUser(role);
      const res = await s.request('POST', importUrl(p.id), { body: [{ text: 'a' }], as: u });
      expectError(res, 403);
    }
    expectError(
      await importJson(999_999, [{ text: 'a' }]),
      404,
      'No Project matches the given query.',
    );
    expectError(await s.request('POST', importUrl(p.id), { body: [], as: null }), 401);
    expect(await storedTasks(p.id)).toEqual([]);
  });

  it('refuses a body over the import limit with 413', async () => {
    const small = await startTestServer({ importBodyLimit: 1000 });
    try {
      const p = await createProject(small);
      const res = await small.request('POST', importUrl(p.id), {
        body: Array.from({ length: 100 }, (_, i) => ({ text: `task ${i}` })),
      });
      expectError(res, 413, 'Request body too large');
      const { rows } = await sql<{ n: number }>`select count(*) as n from tasks`.execute(
        small.db.kysely,
      );
      expect(Number(rows[0]!.n)).toBe(0);
    } finally {
      await small.close();
    }
  });
});
