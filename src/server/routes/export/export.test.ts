import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  annotate,
  createProject,
  createTask,
  expectError,
  expectFieldError,
  expectStatus,
  fixtureTasks,
  sentimentData,
  sentimentResult,
  skip,
  startTestServer,
  type Result,
  type TestServer,
  type TestUser,
} from '../../../../test/setup/api-helpers';
import { BATCH } from './service';

let s: TestServer;
let ann: TestUser;
let rev: TestUser;

beforeAll(async () => {
  s = await startTestServer();
  [ann, rev] = [await s.makeUser('annotator'), await s.makeUser('reviewer')];
});
afterAll(async () => s.close());

const exportOf = (project: number, query = '', as: TestUser = s.admin) =>
  s.request('GET', `/api/projects/${project}/export${query ? `?${query}` : ''}`, { as });

async function exportJson(project: number, query = '', as: TestUser = s.admin) {
  const res = expectStatus(await exportOf(project, query, as), 200);
  return res.body as Record<string, unknown>[];
}

/** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  expect(field, 'file ends with CRLF').toBe('');
  expect(row).toEqual([]);
  return rows;
}

function parseTsv(text: string): string[][] {
  expect(text.endsWith('\n')).toBe(true);
  const unescape = (f: string) =>
    f.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r', '\\': '\\' })[c] ?? c);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => line.split('\t').map(unescape));
}

/** CSV/TSV cell of a JSON_MIN value. */
const cell = (v: unknown) =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

function asTable(rows: Record<string, unknown>[], header: string[]) {
  return rows.map((r) => header.map((k) => cell(r[k])));
}

interface Seeded {
  project: number;
  tasks: number[];
  /** Task with only a skip. */
  skipped: number;
  /** Task with nothing. */
  empty: number;
}

/** A NER project from the fixtures: annotations by the admin and an annotator, predictions, a draft. */
async function seedNer(): Promise<Seeded> {
  const p = await createProject(s, 'ner');
  const tasks: number[] = [];
  for (const [i, f] of fixtureTasks('ner').entries()) {
    const t = await createTask(s, p.id, f.data, { source: 'fixture', n: i });
    tasks.push(t.id);
    for (const a of f.annotations ?? []) {
      const as = a.ground_truth ? s.admin : ann;
      await annotate(s, t.id, { ...a }, { as });
    }
    if (i % 2 === 0 && f.annotations?.length) {
      const res = await s.request('POST', '/api/predictions', {
        body: { task: t.id, result: f.annotations[0]!.result, model_version: 'v1', score: 0.5 },
      });
      expectStatus(res, 201);
    }
  }
  const skipped = (await createTask(s, p.id, { text: 'Skipped by everyone.' })).id;
  await skip(s, skipped, { as: ann });
  const empty = tasks[6]!;
  const draft = await s.request('POST', `/api/tasks/${tasks[1]}/drafts`, {
    as: ann,
    body: { result: fixtureTasks('ner')[1]!.annotations![0]!.result, lead_time: 2 },
  });
  expectStatus(draft, 201);
  return { project: p.id, tasks: [...tasks, skipped], skipped, empty };
}

let ner: Seeded;
beforeAll(async () => {
  ner = await seedNer();
});

describe('export: access and errors', () => {
  it('lists the formats (reviewer, admin); annotators get 403', async () => {
    const res = expectStatus(
      await s.request('GET', `/api/projects/${ner.project}/export/formats`, { as: rev }),
      200,
    );
    expect(res.body.map((f: { name: string }) => f.name)).toEqual([
      'JSON',
      'JSON_MIN',
      'CSV',
      'TSV',
    ]);
    for (const f of res.body) expect(Object.keys(f)).toEqual(['name', 'title', 'description']);
    expectError(
      await s.request('GET', `/api/projects/${ner.project}/export/formats/`, { as: ann }),
      403,
    );
    expectError(await s.request('GET', '/api/projects/999999/export/formats'), 404);
  });

  it('lets reviewers and admins export; annotators get 403; anonymous 401', async () => {
    expectStatus(await exportOf(ner.project, '', rev), 200);
    expectStatus(await exportOf(ner.project, '', s.admin), 200);
    expectError(
      await exportOf(ner.project, '', ann),
      403,
      'You do not have permission to perform this action.',
    );
    const anon = await s.request('GET', `/api/projects/${ner.project}/export`, { as: null });
    expectError(anon, 401);
  });

  it('hides a project the reviewer is not a member of (404)', async () => {
    const p = await createProject(s, 'sentiment');
    await createTask(s, p.id);
    expectStatus(
      await s.request('PATCH', `/api/projects/${p.id}`, { body: { members: [ann.user.id] } }),
      200,
    );
    expectError(await exportOf(p.id, '', rev), 404, 'No Project matches the given query.');
  });

  it('answers 404 with the contract body for unknown and deleted projects, before any file', async () => {
    const p = await createProject(s, 'sentiment');
    await annotate(s, (await createTask(s, p.id)).id);
    expectStatus(await s.request('DELETE', `/api/projects/${p.id}`), 204);
    for (const id of [p.id, 2_000_000_000]) {
      const res = await exportOf(id, 'exportType=CSV');
      expectError(res, 404, 'No Project matches the given query.');
      expect(res.headers.get('content-disposition')).toBeNull();
      expect(res.headers.get('content-type')).toContain('application/json');
    }
    expectError(await s.request('GET', '/api/projects/abc/export'), 404);
  });

  it('answers 400 naming the parameter for an unknown type or a bad value', async () => {
    for (const [query, field] of [
      ['exportType=XML', 'exportType'],
      ['export_type=json', 'export_type'],
      ['exportType=JSON&exportType=CSV', 'exportType'],
      ['download_all_tasks=maybe', 'download_all_tasks'],
      ['include_drafts=2', 'include_drafts'],
      ['include_predictions=', 'include_predictions'],
      ['ids=1,x', 'ids'],
      ['ids[]=0', 'ids[]'],
      ['ids=99999999999', 'ids'],
    ] as const) {
      const res = await exportOf(ner.project, query);
      expectFieldError(res, field);
      expect(res.headers.get('content-disposition'), query).toBeNull();
    }
  });
});

describe('export: files', () => {
  it.each([
    ['JSON', 'json', 'application/json; charset=utf-8'],
    ['JSON_MIN', 'json', 'application/json; charset=utf-8'],
    ['CSV', 'csv', 'text/csv; charset=utf-8'],
    ['TSV', 'tsv', 'text/tab-separated-values; charset=utf-8'],
  ])('%s: content type and attachment file name', async (type, ext, contentType) => {
    const before = new Date();
    for (const query of [`exportType=${type}`, `export_type=${type}`]) {
      const res = expectStatus(await exportOf(ner.project, query), 200);
      expect(res.headers.get('content-type')).toBe(contentType);
      const disposition = res.headers.get('content-disposition')!;
      const m =
        /^attachment; filename="project-(\d+)-at-(\d{4})-(\d\d)-(\d\d)-(\d\d)-(\d\d)\.(\w+)"$/.exec(
          disposition,
        );
      expect(m, disposition).not.toBeNull();
      expect(Number(m![1])).toBe(ner.project);
      expect(m![7]).toBe(ext);
      const at = Date.UTC(+m![2]!, +m![3]! - 1, +m![4]!, +m![5]!, +m![6]!);
      expect(Math.abs(at - before.getTime())).toBeLessThan(120_000);
    }
  });

  it('defaults to JSON', async () => {
    const res = expectStatus(await exportOf(ner.project), 200);
    expect(res.headers.get('content-disposition')).toMatch(/\.json"$/);
    expect(Array.isArray(res.body)).toBe(true);
  });
});

describe('export: JSON', () => {
  it('exports annotated tasks (skips included) in id order, Label Studio keys', async () => {
    const tasks = await exportJson(ner.project);
    const ids = tasks.map((t) => t.id as number);
    expect(ids).toEqual(ner.tasks.filter((id) => id !== ner.empty));
    expect(ids).toContain(ner.skipped);
    expect(Object.keys(tasks[0]!)).toEqual([
      'id',
      'annotations',
      'file_upload',
      'drafts',
      'predictions',
      'data',
      'meta',
      'created_at',
      'updated_at',
      'inner_id',
      'total_annotations',
      'cancelled_annotations',
      'total_predictions',
      'comment_count',
      'unresolved_comment_count',
      'last_comment_updated_at',
      'project',
      'updated_by',
      'comment_authors',
    ]);
    const detail = expectStatus(await s.request('GET', `/api/tasks/${ids[0]}`), 200).body;
    const { annotations, predictions, drafts, ...rest } = tasks[0]!;
    for (const [k, v] of Object.entries(rest)) expect(v, k).toEqual(detail[k]);
    expect(drafts).toEqual([]);
    expect(predictions).toEqual(detail.predictions.map((p: { id: number }) => p.id));
    const a = (annotations as Record<string, unknown>[])[0]!;
    expect(Object.keys(a)).toEqual([
      'id',
      'completed_by',
      'result',
      'was_cancelled',
      'ground_truth',
      'created_at',
      'updated_at',
      'draft_created_at',
      'lead_time',
      'unique_id',
      'import_id',
      'last_action',
      'bulk_created',
      'task',
      'project',
      'updated_by',
      'parent_prediction',
      'parent_annotation',
      'last_created_by',
      'reviews',
    ]);
    const { completed_by, reviews, ...same } = a;
    expect(completed_by).toBe(s.admin.user.id);
    expect(reviews).toEqual([]);
    const stored = detail.annotations[0];
    for (const [k, v] of Object.entries(same)) expect(v, k).toEqual(stored[k]);

    const skippedTask = tasks.find((t) => t.id === ner.skipped)!;
    expect(skippedTask.annotations).toMatchObject([
      { was_cancelled: true, completed_by: ann.user.id, last_action: 'skipped' },
    ]);
  });

  it('writes stored data and results byte for byte (emoji, CRLF, RTL)', async () => {
    const res = expectStatus(
      await exportOf(ner.project, 'include_predictions=1&include_drafts=1'),
      200,
    );
    const { rows: annotations } = await sql<{ id: number; result: string }>`
      select a.id, a.result from annotations a join tasks t on t.id = a.task_id
      where t.project_id = ${ner.project} order by a.id`.execute(s.db.kysely);
    expect(annotations.length).toBeGreaterThanOrEqual(8);
    for (const a of annotations) expect(res.text).toContain(`{"id":${a.id},`);
    for (const a of annotations) expect(res.text).toContain(`"result":${a.result},`);
    const { rows: tasks } = await sql<{ data: string; meta: string }>`
      select data, meta from tasks where project_id = ${ner.project} and id <> ${ner.empty}`.execute(
      s.db.kysely,
    );
    for (const t of tasks) expect(res.text).toContain(`"data":${t.data},"meta":${t.meta},`);
    const { rows: predictions } = await sql<{ result: string }>`
      select result from predictions where project_id = ${ner.project}`.execute(s.db.kysely);
    expect(predictions.length).toBeGreaterThan(0);
    for (const p of predictions) expect(res.text).toContain(`"result":${p.result},`);
    // And what a client parses is what the fixtures sent.
    const parsed = res.body as { data: { text: string }; annotations: { result: Result }[] }[];
    const crlf = parsed.find((t) => t.data.text.includes('\r\n'))!;
    const fixture = fixtureTasks('ner').find((f) => f.data.text === crlf.data.text)!;
    expect(crlf.annotations.map((a) => a.result)).toEqual(
      fixture.annotations!.map((a) => a.result),
    );
  });

  it('download_all_tasks includes tasks without annotations; ids[] and ids pick tasks', async () => {
    const all = await exportJson(ner.project, 'download_all_tasks=yes');
    expect(all.map((t) => t.id)).toEqual(ner.tasks);
    expect(all.find((t) => t.id === ner.empty)).toMatchObject({ annotations: [], predictions: [] });
    for (const v of ['0', 'false', 'NO', 'off']) {
      const some = await exportJson(ner.project, `download_all_tasks=${v}`);
      expect(some.map((t) => t.id)).not.toContain(ner.empty);
    }
    const [a, b, c] = [ner.tasks[2]!, ner.tasks[0]!, ner.empty];
    const pick = (q: string) => exportJson(ner.project, q).then((r) => r.map((t) => t.id));
    expect(await pick(`ids[]=${a}&ids[]=${b}`)).toEqual([b, a]);
    expect(await pick(`ids=${a},${b},${a}`)).toEqual([b, a]);
    expect(await pick(`ids=${a}&ids[]=${b}`)).toEqual([b, a]);
    // The default filter still applies: an unannotated task needs download_all_tasks.
    expect(await pick(`ids=${a},${c}`)).toEqual([a]);
    expect(await pick(`ids=${a},${c}&download_all_tasks=1`)).toEqual([a, c]);
    // Tasks of another project are never exported.
    const other = await createProject(s, 'sentiment');
    const foreign = await createTask(s, other.id);
    await annotate(s, foreign.id);
    expect(await pick(`ids=${foreign.id},${a}`)).toEqual([a]);
    expect(await pick(`ids=${foreign.id}`)).toEqual([]);
  });

  it('include_predictions gives full prediction objects, include_drafts the drafts', async () => {
    const [t] = await exportJson(ner.project, `ids=${ner.tasks[0]}&include_predictions=on`);
    const stored = expectStatus(
      await s.request('GET', `/api/predictions?task=${ner.tasks[0]}`),
      200,
    ).body[0];
    expect(t!.predictions).toEqual([
      {
        id: stored.id,
        model_version: 'v1',
        result: stored.result,
        score: 0.5,
        created_at: stored.created_at,
        updated_at: stored.updated_at,
        task: ner.tasks[0],
        project: ner.project,
      },
    ]);
    const [d] = await exportJson(ner.project, `ids=${ner.tasks[1]}&include_drafts=true`);
    const drafts = expectStatus(await s.request('GET', `/api/tasks/${ner.tasks[1]}/drafts`), 200)
      .body as Record<string, unknown>[];
    expect(drafts).toHaveLength(1);
    const { created_username: _u, created_ago: _a, ...draft } = drafts[0]!;
    expect(d!.drafts).toEqual([draft]);
    expect(draft.user).toBe(ann.user.email);
    const [none] = await exportJson(ner.project, `ids=${ner.tasks[1]}`);
    expect(none!.drafts).toEqual([]);
  });

  it('exports an empty project as an empty list in every format', async () => {
    const p = await createProject(s, 'sentiment');
    expect((await exportOf(p.id)).text).toBe('[]\n');
    expect((await exportOf(p.id, 'exportType=JSON_MIN')).body).toEqual([]);
    expect((await exportOf(p.id, 'exportType=CSV')).text).toBe(
      'id,sentiment,annotator,annotation_id,created_at,updated_at,lead_time\r\n',
    );
    expect((await exportOf(p.id, 'exportType=TSV')).text).toBe(
      'id\tsentiment\tannotator\tannotation_id\tcreated_at\tupdated_at\tlead_time\n',
    );
  });
});

describe('export: JSON_MIN, CSV, TSV', () => {
  it('JSON_MIN: one row per submitted annotation, newest first; labels as value lists', async () => {
    const rows = expectStatus(
      await exportOf(ner.project, 'exportType=JSON_MIN&download_all_tasks=1'),
      200,
    ).body as Record<string, unknown>[];
    const full = await exportJson(ner.project, 'download_all_tasks=1');
    const expected: Record<string, unknown>[] = [];
    for (const t of full) {
      const anns = t.annotations as Record<string, unknown>[];
      if (anns.length === 0) expected.push({ ...(t.data as object), id: t.id });
      const submitted = anns.filter((a) => !a.was_cancelled).reverse();
      for (const a of submitted) {
        const ner = (a.result as { from_name?: string; value: unknown }[])
          .filter((r) => r.from_name === 'ner')
          .map((r) => r.value);
        expected.push({
          ...(t.data as object),
          id: t.id,
          ...(ner.length ? { ner } : {}),
          annotator: a.completed_by === ann.user.id ? ann.user.email : s.admin.user.email,
          annotation_id: a.id,
          created_at: a.created_at,
          updated_at: a.updated_at,
          lead_time: a.lead_time,
        });
      }
    }
    expect(rows).toEqual(expected);
    expect(rows.map((r) => r.id)).not.toContain(ner.skipped);
    expect(Object.keys(rows[0]!)).toEqual([
      'text',
      'id',
      'ner',
      'annotator',
      'annotation_id',
      'created_at',
      'updated_at',
      'lead_time',
    ]);
  });

  it('JSON_MIN: single choices and texts collapse to strings, other controls stay lists', async () => {
    const p = await createProject(s, 'multi');
    const [f] = fixtureTasks('multi').filter((t) => t.annotations?.length);
    const t = await createTask(s, p.id, f!.data);
    const a = await annotate(s, t.id, { ...f!.annotations![0]!, lead_time: 7.25 }, { as: ann });
    const [row] = expectStatus(await exportOf(p.id, 'exportType=JSON_MIN'), 200).body;
    expect(row).toEqual({
      ...f!.data,
      id: t.id,
      aspect: [
        { start: 29, end: 43, text: 'Price was fair', labels: ['Price'] },
        { start: 45, end: 60, text: 'quality is poor', labels: ['Quality'] },
      ],
      aspect_note: 'matches the shop average',
      verdict: 'Return',
      return_reason: 'lid cracked',
      stars: [{ rating: 2 }],
      defects: [{ number: 1 }],
      bought: [{ datetime: '2024-03-14' }],
      category: [{ taxonomy: [['Home', 'Kitchen']] }],
      annotator: ann.user.email,
      annotation_id: a.id,
      created_at: a.created_at,
      updated_at: a.updated_at,
      lead_time: 7.25,
    });

    const sp = await createProject(s, 'sentiment');
    const st = await createTask(s, sp.id, sentimentData(0));
    await annotate(s, st.id, { result: sentimentResult('Negative') });
    const [srow] = expectStatus(await exportOf(sp.id, 'exportType=JSON_MIN'), 200).body;
    expect(srow.sentiment).toBe('Negative');
  });

  it('JSON_MIN: image items carry original_width and original_height', async () => {
    const p = await createProject(s, 'image-bbox');
    const f = fixtureTasks('image-bbox').find((t) => t.annotations?.length)!;
    const t = await createTask(s, p.id, f.data);
    await annotate(s, t.id, { result: f.annotations![0]!.result });
    const [row] = expectStatus(await exportOf(p.id, 'exportType=JSON_MIN'), 200).body;
    const item = f.annotations![0]!.result[0]! as {
      from_name: string;
      value: object;
      original_width: number;
      original_height: number;
    };
    expect(row[item.from_name][0]).toEqual({
      ...item.value,
      original_width: item.original_width,
      original_height: item.original_height,
    });
  });

  it('CSV and TSV hold the JSON_MIN rows; header = data keys, id, controls, annotation keys', async () => {
    const q = 'download_all_tasks=1';
    const rows = (await exportOf(ner.project, `exportType=JSON_MIN&${q}`)).body;
    const header = [
      'text',
      'id',
      'ner',
      'annotator',
      'annotation_id',
      'created_at',
      'updated_at',
      'lead_time',
    ];
    const csv = parseCsv(
      expectStatus(await exportOf(ner.project, `exportType=CSV&${q}`), 200).text,
    );
    expect(csv[0]).toEqual(header);
    expect(csv.slice(1)).toEqual(asTable(rows, header));
    const tsv = parseTsv(
      expectStatus(await exportOf(ner.project, `exportType=TSV&${q}`), 200).text,
    );
    expect(tsv[0]).toEqual(header);
    expect(tsv.slice(1)).toEqual(asTable(rows, header));
  });

  it('CSV quotes commas, quotes, CR/LF; TSV escapes tabs, newlines and backslashes', async () => {
    const p = await createProject(s, 'sentiment');
    const nasty = [
      'plain',
      'comma, inside',
      'say "hi"',
      '"',
      'line\r\nbreak',
      'lf\nonly',
      'cr\ronly',
      'tab\there',
      'back\\slash \\n not a newline',
      ' spaced ',
      '🇵🇹 👩‍💻 Zoë',
      '=1+1',
      '',
    ];
    for (const [i, text] of nasty.entries()) {
      const t = await createTask(s, p.id, { text, extra: i % 2 ? { nested: [text] } : i });
      await annotate(s, t.id, { result: sentimentResult(), lead_time: i + 0.5 });
    }
    const rows = (await exportOf(p.id, 'exportType=JSON_MIN')).body as Record<string, unknown>[];
    expect(rows.map((r) => r.text)).toEqual(nasty);
    const header = [
      'text',
      'extra',
      'id',
      'sentiment',
      'annotator',
      'annotation_id',
      'created_at',
      'updated_at',
      'lead_time',
    ];
    const csvText = (await exportOf(p.id, 'exportType=CSV')).text;
    expect(csvText).toContain('\r\n"comma, inside",');
    expect(csvText).toContain('\r\n"say ""hi""",');
    expect(csvText).toContain('\r\n"""",');
    expect(csvText).toContain('\r\n"line\r\nbreak",');
    expect(csvText).toContain('\r\nplain,0,');
    expect(csvText).toContain(`,"{""nested"":[""comma, inside""]}",`);
    const csv = parseCsv(csvText);
    expect(csv[0]).toEqual(header);
    expect(csv.slice(1)).toEqual(asTable(rows, header));

    const tsvText = (await exportOf(p.id, 'exportType=TSV')).text;
    expect(tsvText).toContain('\nline\\r\\nbreak\t');
    expect(tsvText).toContain('\ntab\\there\t');
    expect(tsvText).toContain('\nback\\\\slash \\\\n not a newline\t');
    expect(tsvText.split('\n')).toHaveLength(nasty.length + 2);
    const tsv = parseTsv(tsvText);
    expect(tsv[0]).toEqual(header);
    expect(tsv.slice(1)).toEqual(asTable(rows, header));
  });
});

describe('export: batches', () => {
  const COUNT = 2 * BATCH + 345;
  let project: number;
  let taskIds: number[];
  let annotated: number[];

  beforeAll(async () => {
    project = (await createProject(s, 'sentiment')).id;
    // Another project's tasks interleave ids with this one's.
    const other = (await createProject(s, 'sentiment')).id;
    taskIds = [];
    for (let i = 0; i < COUNT; i += 50) {
      const made = await Promise.all(
        Array.from({ length: Math.min(50, COUNT - i) }, (_, j) =>
          createTask(s, (i + j) % 7 === 3 ? other : project, sentimentData(i + j)),
        ),
      );
      taskIds.push(...made.filter((t) => t.project === project).map((t) => t.id));
    }
    taskIds.sort((a, b) => a - b);
    annotated = taskIds.filter((_, i) => i % 3 === 0 || i === BATCH - 1 || i === BATCH);
    const res = await s.request('POST', '/api/annotations/bulk', {
      body: { result: sentimentResult(), tasks: annotated, lead_time: 1 },
    });
    expectStatus(res, 201);
  }, 120_000);

  it('exports every task once, in id order, with its own annotations', async () => {
    const res = expectStatus(await exportOf(project, 'download_all_tasks=1'), 200);
    const tasks = res.body as { id: number; annotations: { task: number }[] }[];
    expect(tasks.map((t) => t.id)).toEqual(taskIds);
    for (const t of tasks) for (const a of t.annotations) expect(a.task).toBe(t.id);
    expect(tasks.filter((t) => t.annotations.length === 1).map((t) => t.id)).toEqual(annotated);

    const some = await exportJson(project);
    expect(some.map((t) => t.id)).toEqual(annotated);
  });

  it('exports thousands of picked ids across batches', async () => {
    const picked = taskIds.filter((_, i) => i % 2 === 1);
    const res = await exportJson(project, `download_all_tasks=1&ids=${picked.join(',')}`);
    expect(res.map((t) => t.id)).toEqual(picked);
  });

  it('writes CSV rows for every annotation and data rows for the rest', async () => {
    const csv = parseCsv((await exportOf(project, 'exportType=CSV&download_all_tasks=1')).text);
    expect(csv).toHaveLength(taskIds.length + 1);
    const idCol = csv[0]!.indexOf('id');
    expect(csv.slice(1).map((r) => Number(r[idCol]))).toEqual(taskIds);
    const annCol = csv[0]!.indexOf('annotation_id');
    expect(csv.slice(1).filter((r) => r[annCol] !== '')).toHaveLength(annotated.length);
  });

  it('streams the file in several chunks', async () => {
    const res = await s.app.request(
      `http://localhost/api/projects/${project}/export?download_all_tasks=1`,
      { headers: { authorization: `Token ${s.admin.token}` } },
    );
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let chunks = 0;
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks += 1;
      bytes += value.byteLength;
    }
    expect(chunks).toBeGreaterThanOrEqual(3);
    expect(bytes).toBeGreaterThan(COUNT * 300);
  });

  it('stops reading when the client goes away', async () => {
    const res = await s.app.request(
      `http://localhost/api/projects/${project}/export?download_all_tasks=1`,
      { headers: { authorization: `Token ${s.admin.token}` } },
    );
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    // The server still answers afterwards (no stuck statement or connection).
    expectStatus(await exportOf(project, 'exportType=CSV'), 200);
  });
});

describe('export: round trip through import', () => {
  type Exported = {
    id: number;
    data: unknown;
    meta: unknown;
    annotations: Record<string, unknown>[];
    predictions: Record<string, unknown>[];
    drafts: Record<string, unknown>[];
  };
  const ANNOTATION_FIELDS = [
    'result',
    'completed_by',
    'was_cancelled',
    'ground_truth',
    'lead_time',
    'created_at',
    'updated_at',
  ];
  const PREDICTION_FIELDS = ['result', 'model_version', 'score', 'created_at', 'updated_at'];
  const pick = (o: Record<string, unknown>, keys: string[]) =>
    Object.fromEntries(keys.map((k) => [k, o[k]]));
  const comparable = (tasks: Exported[]) =>
    tasks.map((t) => ({
      data: t.data,
      meta: t.meta,
      annotations: t.annotations.map((a) => pick(a, ANNOTATION_FIELDS)),
      predictions: t.predictions.map((p) => pick(p, PREDICTION_FIELDS)),
      drafts: t.drafts.map((d) => pick(d, ['user', 'result', 'lead_time', 'was_postponed'])),
    }));

  it('import(export(P)) into a new project reproduces tasks, annotations and predictions', async () => {
    const query = 'download_all_tasks=1&include_predictions=1&include_drafts=1';
    const res = expectStatus(await exportOf(ner.project, query), 200);
    const before = res.body as Exported[];
    const copy = await createProject(s, 'ner');
    const imported = await s.request('POST', `/api/projects/${copy.id}/import`, {
      rawBody: res.text,
      headers: { 'content-type': 'application/json' },
    });
    expectStatus(imported, 201);
    expect(imported.body).toMatchObject({
      task_count: before.length,
      annotation_count: before.reduce((n, t) => n + t.annotations.length, 0),
      prediction_count: before.reduce((n, t) => n + t.predictions.length, 0),
    });
    const after = await exportJson(copy.id, query);
    expect(comparable(after as unknown as Exported[])).toEqual(comparable(before));
    // The original annotation ids are kept as import_id.
    expect(
      after.flatMap((t) => (t.annotations as { import_id: number }[]).map((a) => a.import_id)),
    ).toEqual(before.flatMap((t) => t.annotations.map((a) => a.id)));
    // And the copy exports the stored results byte for byte like the original.
    const again = (await exportOf(copy.id, query)).text;
    const results = (text: string) => [...text.matchAll(/"result":(\[.*?\]),"/g)].map((m) => m[1]);
    expect(results(again)).toEqual(results(res.text));
  });

  // The default JSON export lists prediction ids (`"predictions": [12]`); the importer skips
  // such references, as Label Studio does.
  it('imports the default JSON export (prediction ids) as is', async () => {
    const res = expectStatus(await exportOf(ner.project), 200);
    const copy = await createProject(s, 'ner');
    const imported = await s.request('POST', `/api/projects/${copy.id}/import`, {
      rawBody: res.text,
      headers: { 'content-type': 'application/json' },
    });
    expectStatus(imported, 201);
    expect(imported.body.task_count).toBe((res.body as unknown[]).length);
  });
});
