import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Project, ProjectList } from '../../../shared/api/projects';
import {
  CREATED_AGO,
  DATETIME,
  annotate,
  createProject,
  createTask,
  expectError,
  expectFieldError,
  expectOk,
  getProject,
  getTask,
  labelConfig,
  sentimentResult,
  useApi,
} from '../../../../test/setup/api';
import { annotateEach, createTasks, httpJson, withHttp } from '../../../../test/setup/api-helpers';

const s = useApi();
const SENTIMENT = labelConfig('sentiment');

const patch = async (id: number, body: Record<string, unknown>) =>
  s.request('PATCH', `/api/projects/${id}`, { body });

const list = async (query: string) =>
  expectOk(await s.request('GET', `/api/projects?${query}`), 200, ProjectList);

const titles = async (query: string) => (await list(query)).results.map((p) => p.title);

describe('create and read', () => {
  it('fills every field with its default', async () => {
    const res = await s.request('POST', '/api/projects', { body: {} });
    const p = expectOk(res, 201, Project.strict());
    expect(p).toEqual({
      id: expect.any(Number),
      title: '',
      description: '',
      label_config: '<View></View>',
      parsed_label_config: {},
      expert_instruction: '',
      show_instruction: false,
      show_skip_button: true,
      enable_empty_annotation: true,
      show_annotation_history: false,
      show_collab_predictions: true,
      maximum_annotations: 1,
      sampling: 'Sequential sampling',
      show_ground_truth_first: false,
      show_overlap_first: false,
      skip_queue: 'REQUEUE_FOR_OTHERS',
      lock_ttl: 3600,
      color: '#FFFFFF',
      model_version: '',
      created_by: {
        id: s.admin.user.id,
        first_name: '',
        last_name: '',
        email: 'admin@example.org',
        avatar: null,
      },
      created_at: expect.stringMatching(DATETIME),
      pinned_at: null,
      task_number: 0,
      finished_task_number: 0,
      total_annotations_number: 0,
      skipped_annotations_number: 0,
      ground_truth_number: 0,
      useful_annotation_number: 0,
      num_tasks_with_annotations: 0,
      total_predictions_number: 0,
      queue_total: 0,
      queue_done: 0,
      queue_done_today: 0,
      members: [],
    });
    expect(await getProject(s, p.id)).toEqual(p);
  });

  it('parses the label config into parsed_label_config', async () => {
    const p = await createProject(s, 'sentiment', { title: 'Reviews' });
    expect(p.parsed_label_config).toEqual({
      sentiment: {
        type: 'Choices',
        to_name: ['text'],
        inputs: [{ type: 'Text', value: 'text' }],
        labels: ['Positive', 'Neutral', 'Negative'],
      },
    });
  });

  it('answers 404 for a project that does not exist', async () => {
    const missing = 'No Project matches the given query.';
    expectError(await s.request('GET', '/api/projects/999999'), 404, missing);
    expectError(await patch(999999, { title: 'Nope' }), 404, missing);
    expectError(await s.request('DELETE', '/api/projects/999999'), 404, missing);
  });
});

describe('patch', () => {
  const WRITABLE: [string, unknown, unknown?][] = [
    ['title', 'Renamed'],
    ['description', 'What this is about'],
    ['expert_instruction', '<p>Read <b>carefully</b></p>'],
    ['show_instruction', true],
    ['show_skip_button', false],
    ['enable_empty_annotation', false],
    ['show_annotation_history', true],
    ['show_collab_predictions', false],
    ['maximum_annotations', 3],
    ['sampling', 'Uniform sampling'],
    ['show_ground_truth_first', true],
    ['show_overlap_first', true],
    ['skip_queue', 'REQUEUE_FOR_ME'],
    ['skip_queue', 'IGNORE_SKIPPED'],
    ['lock_ttl', 600],
    ['color', '#a1B2c3'],
    ['model_version', 'v2'],
    ['pinned_at', '2024-06-18T23:45:46.048490+02:00', '2024-06-18T21:45:46.048490Z'],
    ['pinned_at', '2024-06-18', '2024-06-18T00:00:00.000000Z'],
    ['label_config', '<View><Text name="t" value="$t"/></View>'],
  ];

  it.each(WRITABLE)('%s ← %j', async (field, value, stored = value) => {
    const before = await createProject(s, 'sentiment', { title: 'Patch me' });
    const after = expectOk(await patch(before.id, { [field]: value }), 200, Project);
    expect(after).toEqual({
      ...before,
      [field]: stored,
      ...(field === 'label_config' ? { parsed_label_config: {} } : {}),
    });
    expect(await getProject(s, before.id)).toEqual(after);
  });

  it('unpins with pinned_at: null', async () => {
    const p = await createProject(s, 'sentiment', { pinned_at: '2024-01-01T00:00:00Z' });
    expect(p.pinned_at).toBe('2024-01-01T00:00:00.000000Z');
    expect(expectOk(await patch(p.id, { pinned_at: null }), 200, Project).pinned_at).toBeNull();
  });

  it('accepts (and ignores) the read-only keys a client echoes back', async () => {
    const p = await createProject(s, 'sentiment', { title: 'Echo' });
    const echoed = { ...p, task_number: 99, created_by: null, id: 1, title: 'Echoed' };
    const after = expectOk(await patch(p.id, echoed), 200, Project);
    expect(after).toEqual({ ...p, title: 'Echoed' });
  });

  it('refuses a config change that orphans labels in use', async () => {
    const p = await createProject(s);
    await annotate(s, (await createTask(s, p.id)).id, { result: sentimentResult('Negative') });
    const positiveOnly = SENTIMENT.replace(/<Choice value="Negative"[^>]*>/, '');
    const messages = expectFieldError(
      await patch(p.id, { label_config: positiveOnly }),
      'label_config',
    );
    expect(messages).toEqual([
      'These labels still exist in annotations or drafts:\nNegative (1 annotation, 0 drafts)\nPlease add labels to tag with name="sentiment".',
    ]);
    const check = await s.request('POST', `/api/projects/${p.id}/validate`, {
      body: { label_config: positiveOnly },
    });
    expectFieldError(check, 'label_config', /Negative \(1 annotation, 0 drafts\)/);
    expect((await getProject(s, p.id)).label_config).toBe(SENTIMENT);
  });

  it('POST /api/projects/{id}/validate reports whether essential data changes', async () => {
    const p = await createProject(s);
    const Answer = z.object({ config_essential_data_has_changed: z.boolean() }).strict();
    const same = await s.request('POST', `/api/projects/${p.id}/validate`, {
      body: { label_config: SENTIMENT },
    });
    expect(expectOk(same, 200, Answer).config_essential_data_has_changed).toBe(false);
    const more = SENTIMENT.replace('</Choices>', '<Choice value="Mixed"/></Choices>');
    const changed = await s.request('POST', `/api/projects/${p.id}/validate`, {
      body: { label_config: more },
    });
    expect(expectOk(changed, 200, Answer).config_essential_data_has_changed).toBe(true);
    const bad = await s.request('POST', `/api/projects/${p.id}/validate`, {
      body: { label_config: '<View>' },
    });
    expectFieldError(bad, 'label_config');
  });
});

describe('validation', () => {
  it.each([
    ['', 201],
    ['ab', 400],
    ['abc', 201],
    ['x'.repeat(50), 201],
    ['x'.repeat(51), 400],
  ])('title %j → %i', async (title, status) => {
    const res = await s.request('POST', '/api/projects', { body: { title } });
    if (status === 201) expect(expectOk(res, 201, Project).title).toBe(title);
    else expectFieldError(res, 'title', /at least 3 characters|no more than 50 characters/);
  });

  it.each(['#000000', '#ffffff', '#AbCdEf'])('color %s is accepted', async (color) => {
    expect((await createProject(s, 'sentiment', { color })).color).toBe(color);
  });

  it.each(['red', '#FFF', '#GGGGGG', 'FFFFFF', '#FFFFFF0', ''])('color %j → 400', async (color) => {
    expectFieldError(
      await s.request('POST', '/api/projects', { body: { color } }),
      'color',
      /#RRGGBB/,
    );
  });

  it.each([
    ['maximum_annotations', 0],
    ['maximum_annotations', 1.5],
    ['sampling', 'Random sampling'],
    ['skip_queue', 'SOMETIMES'],
    ['lock_ttl', 5],
    ['show_skip_button', 'yes'],
    ['pinned_at', 'tomorrow'],
    ['members', 'everyone'],
  ])('%s = %j → 400 naming the field', async (field, value) => {
    expectFieldError(await s.request('POST', '/api/projects', { body: { [field]: value } }), field);
  });

  it('refuses a bad label config on create and on patch (validation_errors.label_config)', async () => {
    const created = await s.request('POST', '/api/projects', {
      body: { label_config: '<View><Text' },
    });
    expectFieldError(created, 'label_config', /line 1, column/);
    const p = await createProject(s);
    const dangling =
      '<View><Text name="a" value="$a"/><Choices name="c" toName="X"><Choice value="1"/></Choices></View>';
    expectFieldError(
      await patch(p.id, { label_config: dangling }),
      'label_config',
      /toName="X" not found/,
    );
  });

  it('sanitizes expert_instruction on write', async () => {
    const html =
      '<p onclick="steal()">Hi<script>alert(1)</script><img src="https://x.org/a.png" onerror="alert(2)">' +
      '<a href="javascript:alert(3)">link</a><iframe src="https://evil.org"></iframe></p>';
    const p = await createProject(s, 'sentiment', { expert_instruction: html });
    expect(p.expert_instruction).not.toMatch(
      /script|onerror|onclick|javascript:|iframe|alert\(1\)/i,
    );
    expect(p.expert_instruction).toContain('<img src="https://x.org/a.png" />');
    expect(p.expert_instruction).toMatch(/^<p>Hi/);
    const patched = expectOk(
      await patch(p.id, { expert_instruction: '<b onmouseover="x()">B</b><script>1</script>' }),
      200,
      Project,
    );
    expect(patched.expert_instruction).toBe('<b>B</b>');
  });
});

describe('POST /api/projects/validate (no auth)', () => {
  const validate = (label_config: unknown) =>
    s.request('POST', '/api/projects/validate', { as: null, body: { label_config } });
  const ConfigErrors = z.object({ label_config: z.array(z.string()).min(1) }).strict();

  it('answers 204 for a good config', async () => {
    const res = await validate(SENTIMENT);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
  });

  it.each([
    ['XML syntax', '<View><Text', /line 1, column \d+/],
    [
      'duplicate names',
      '<View><Text name="a" value="$a"/><Text name="a" value="$b"/></View>',
      /non-unique names/,
    ],
    [
      'dangling toName',
      '<View><Text name="a" value="$a"/><Choices name="c" toName="X"><Choice value="1"/></Choices></View>',
      /toName="X" not found in names/,
    ],
  ])('answers 400 {"label_config": [...]} for %s', async (_label, config, message) => {
    const res = await validate(config);
    expect(res.status).toBe(400);
    expect(ConfigErrors.parse(res.body).label_config.join('\n')).toMatch(message);
  });

  it('answers a missing or non-string config with the standard body', async () => {
    expectFieldError(await validate(undefined), 'label_config', /required/);
    expectFieldError(await validate(42), 'label_config', /string/);
  });
});

describe('maximum_annotations and task overlap', () => {
  it('rewrites every task’s overlap and recomputes is_labeled', async () => {
    const p = await createProject(s, 'sentiment', { maximum_annotations: 2 });
    const [done, open] = [await createTask(s, p.id), await createTask(s, p.id)];
    expect(done.overlap).toBe(2);
    await annotate(s, done.id);
    expect((await getTask(s, done.id)).is_labeled).toBe(false);

    expectOk(await patch(p.id, { maximum_annotations: 1 }), 200, Project);
    expect(await getTask(s, done.id)).toMatchObject({ overlap: 1, is_labeled: true });
    expect(await getTask(s, open.id)).toMatchObject({ overlap: 1, is_labeled: false });
    expect(await getProject(s, p.id)).toMatchObject({ task_number: 2, finished_task_number: 1 });

    expectOk(await patch(p.id, { maximum_annotations: 3 }), 200, Project);
    expect(await getTask(s, done.id)).toMatchObject({ overlap: 3, is_labeled: false });
    expect((await getProject(s, p.id)).finished_task_number).toBe(0);
    // New tasks take the project's current value.
    expect((await createTask(s, p.id)).overlap).toBe(3);
  });
});

describe('counters', () => {
  it('follow tasks, annotations, skips and predictions', async () => {
    const p = await createProject(s);
    const [a, b, c] = [
      await createTask(s, p.id),
      await createTask(s, p.id),
      await createTask(s, p.id),
    ];
    const annotation = await annotate(s, a.id);
    expect(annotation.created_ago).toMatch(CREATED_AGO);
    expect(annotation.created_ago).toBe('0\u00a0minutes');
    expect(annotation.created_at).toMatch(DATETIME);
    const skip = await s.request('POST', `/api/tasks/${b.id}/annotations`, {
      body: { result: [], was_cancelled: true },
    });
    expect(skip.status).toBe(201);
    const prediction = await s.request('POST', '/api/predictions', {
      body: { task: c.id, result: sentimentResult('Negative') },
    });
    expect(prediction.status).toBe(201);
    expect(await getProject(s, p.id)).toMatchObject({
      task_number: 3,
      finished_task_number: 1,
      total_annotations_number: 1,
      skipped_annotations_number: 1,
      useful_annotation_number: 1,
      num_tasks_with_annotations: 1,
      total_predictions_number: 1,
      ground_truth_number: 0,
      queue_done: 2,
      // The skip does not count as work done today.
      queue_done_today: 1,
    });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    const later = await s.request('GET', `/api/projects/${p.id}?today_from=${tomorrow}`);
    expect(later.body).toMatchObject({ queue_done: 2, queue_done_today: 0 });
    const listed = await s.request('GET', `/api/projects?ids=${p.id}&today_from=${tomorrow}`);
    expect(listed.body).toMatchObject({ results: [{ queue_done_today: 0 }] });
    const bad = await s.request('GET', `/api/projects/${p.id}?today_from=yesterday`);
    expect(bad.status).toBe(400);
  });
});

describe('delete', () => {
  it('cascades to tasks, annotations and predictions (204, then 404s)', async () => {
    const p = await createProject(s);
    const task = await createTask(s, p.id);
    const annotation = await annotate(s, task.id);
    const del = await s.request('DELETE', `/api/projects/${p.id}/`);
    expect(del.status).toBe(204);
    expect(del.text).toBe('');
    expectError(await s.request('GET', `/api/projects/${p.id}`), 404);
    expectError(
      await s.request('GET', `/api/tasks/${task.id}`),
      404,
      'No Task matches the given query.',
    );
    expectError(await s.request('GET', `/api/annotations/${annotation.id}`), 404);
    expectError(await s.request('GET', `/api/tasks?project=${p.id}`), 404);
    expectError(await s.request('DELETE', `/api/projects/${p.id}`), 404);
  });

  it('races annotation writes without a deadlock or a 5xx (real HTTP)', async () => {
    const users = [1, 2, 3].map(() => s.makeUser('annotator'));
    const annotators = await Promise.all(users);
    await withHttp(s, async (url) => {
      for (let round = 0; round < 3; round++) {
        const p = await createProject(s, 'sentiment', { maximum_annotations: 2 });
        const ids = (await createTasks(s, p.id, 8)).map((t) => t.id);
        const project = `${url}/api/projects/${p.id}`;
        const writes = [
          ...annotateEach(url, ids, annotators, { result: sentimentResult() }),
          httpJson(project, s.admin, 'PATCH', { maximum_annotations: 1 }),
          httpJson(project, s.admin, 'DELETE'),
        ];
        const statuses = (await Promise.all(writes)).map((r) => r.status);
        expect(statuses.at(-1)).toBe(204);
        expect(statuses.filter((x) => ![200, 201, 204, 404].includes(x))).toEqual([]);
      }
    });
  });
});

describe('list', () => {
  let ids: Record<'a' | 'b' | 'c', number>;
  beforeAll(async () => {
    const make = async (title: string) => (await createProject(s, 'sentiment', { title })).id;
    ids = { a: await make('ord-a'), b: await make('ord-b'), c: await make('ord-c') };
    expect((await patch(ids.a, { pinned_at: '2024-01-01T00:00:00Z' })).status).toBe(200);
  });

  it('puts pinned projects first, then the newest', async () => {
    expect(await titles('title=ord-')).toEqual(['ord-a', 'ord-c', 'ord-b']);
  });

  it('orders by ?ordering=', async () => {
    expect(await titles('title=ord-&ordering=-id')).toEqual(['ord-c', 'ord-b', 'ord-a']);
    expect(await titles('title=ord-&ordering=id')).toEqual(['ord-a', 'ord-b', 'ord-c']);
    expect(await titles('title=ord-&ordering=-title')).toEqual(['ord-c', 'ord-b', 'ord-a']);
    expectError(
      await s.request('GET', '/api/projects?ordering=secret'),
      400,
      /Cannot order by "secret"/,
    );
  });

  it('filters by ids and by title (case-insensitive, literal % and _)', async () => {
    expect(await titles(`ids=${ids.a},${ids.c}&ordering=id`)).toEqual(['ord-a', 'ord-c']);
    expect(await titles('title=ORD-B')).toEqual(['ord-b']);
    await createProject(s, 'sentiment', { title: '50% off_sale' });
    await createProject(s, 'sentiment', { title: '500 offXsale' });
    expect(await titles('title=50%25')).toEqual(['50% off_sale']);
    expect(await titles('title=off_sale')).toEqual(['50% off_sale']);
    expectFieldError(await s.request('GET', '/api/projects?ids=1,x'), 'ids');
    expect((await list('ids=2147483647')).count).toBe(0);
    expectFieldError(await s.request('GET', '/api/projects?ids=99999999999'), 'ids[0]');
  });

  it('pages with absolute next/previous URLs that keep the filters', async () => {
    const first = await list('title=ord-&page_size=2');
    expect(first.count).toBe(3);
    expect(first.results).toHaveLength(2);
    expect(first.previous).toBeNull();
    const next = new URL(first.next!);
    expect(next.origin).toBe('http://localhost');
    expect(Object.fromEntries(next.searchParams)).toEqual({
      title: 'ord-',
      page: '2',
      page_size: '2',
    });

    const second = expectOk(
      await s.request('GET', `${next.pathname}${next.search}`),
      200,
      ProjectList,
    );
    expect(second.results.map((p) => p.title)).toEqual(['ord-b']);
    expect(second.next).toBeNull();
    expect(Object.fromEntries(new URL(second.previous!).searchParams)).toMatchObject({ page: '1' });
    expectError(
      await s.request('GET', '/api/projects?title=ord-&page_size=2&page=3'),
      404,
      'Invalid page.',
    );
  });

  it('validates page and page_size', async () => {
    expectFieldError(await s.request('GET', '/api/projects?page=0'), 'page');
    expectFieldError(await s.request('GET', '/api/projects?page_size=101'), 'page_size');
    expectFieldError(await s.request('GET', '/api/projects?page=x'), 'page');
    expect((await list('page_size=100')).results.length).toBeLessThanOrEqual(100);
  });

  it('defaults to 30 per page', async () => {
    const before = (await list('')).count;
    for (let i = before; i < 31; i++) await createProject(s, 'sentiment', { title: `bulk-${i}` });
    const page = await list('');
    expect(page.results).toHaveLength(30);
    expect(page.next).not.toBeNull();
  });
});
