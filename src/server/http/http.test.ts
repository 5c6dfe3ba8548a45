import { beforeAll, describe, expect, it } from 'vitest';
import { Draft } from '../../shared/api/drafts';
import { Prediction } from '../../shared/api/predictions';
import { Project } from '../../shared/api/projects';
import {
  CREATED_AGO,
  annotate,
  DATETIME,
  checkErrorBody,
  createProject,
  createTask,
  expectError,
  expectFieldError,
  expectOk,
  sentimentResult,
  useApi,
} from '../../../test/setup/api';
import type { TestUser } from '../../../test/setup/test-server';

const LIMIT = 1024;
const s = useApi({ bodyLimit: LIMIT });
let other: TestUser;
const ids = { project: 0, task: 0, annotation: 0, draft: 0, prediction: 0, user: 0 };

beforeAll(async () => {
  other = await s.makeUser('annotator');
  ids.user = other.user.id;
  ids.project = (await createProject(s, 'sentiment', { title: 'HTTP' })).id;
  ids.task = (await createTask(s, ids.project)).id;
  ids.annotation = (await annotate(s, ids.task)).id;
  const draftTask = (await createTask(s, ids.project)).id;
  const draft = await s.request('POST', `/api/tasks/${draftTask}/drafts`, {
    body: { result: sentimentResult('Negative') },
  });
  ids.draft = expectOk(draft, 201, Draft).id;
  const prediction = await s.request('POST', '/api/predictions', {
    body: { task: ids.task, result: sentimentResult('Negative'), score: 0.9 },
  });
  ids.prediction = expectOk(prediction, 201, Prediction).id;
});

/** `{p}` `{t}` … in a path template → the fixture ids. */
const fill = (template: string) =>
  template
    .replace('{p}', String(ids.project))
    .replace('{t}', String(ids.task))
    .replace('{a}', String(ids.annotation))
    .replace('{d}', String(ids.draft))
    .replace('{r}', String(ids.prediction))
    .replace('{u}', String(ids.user));

const json = (rawBody: string, type = 'application/json') => ({
  rawBody,
  headers: { 'content-type': type },
});

describe('trailing slash', () => {
  it.each([
    '/api/health',
    '/api/version',
    '/api/openapi.json',
    '/api/docs',
    '/api/current-user/whoami',
    '/api/current-user/token',
    '/api/users',
    '/api/users/{u}',
    '/api/projects',
    '/api/projects/{p}',
    '/api/tasks?project={p}',
    '/api/tasks/{t}',
    '/api/tasks/{t}/annotations',
    '/api/tasks/{t}/drafts',
    '/api/annotations/{a}',
    '/api/drafts/{d}',
    '/api/predictions?task={t}',
    '/api/predictions/{r}',
  ])('GET %s answers the same with and without it', async (template) => {
    const [path, query = ''] = fill(template).split('?');
    const plain = await s.request('GET', `${path}${query && `?${query}`}`);
    const slashed = await s.request('GET', `${path}/${query && `?${query}`}`);
    expect(plain.status).toBe(200);
    expect(slashed.status).toBe(200);
    expect(slashed.headers.get('location')).toBeNull();
    if (!path!.includes('docs') && !path!.endsWith('whoami'))
      expect(slashed.body).toEqual(plain.body);
  });

  it('applies to writes too', async () => {
    expect((await s.request('POST', '/api/projects/', { body: { title: 'Slash' } })).status).toBe(
      201,
    );
    const patched = await s.request('PATCH', `/api/projects/${ids.project}/`, {
      body: { description: 'd' },
    });
    expect(patched.status).toBe(200);
    const login = await s.request('POST', '/api/auth/login/', {
      as: null,
      body: { email: other.user.email, password: other.password },
    });
    expect(login.status).toBe(200);
  });
});

describe('405 and 404 for paths', () => {
  it.each([
    ['PUT', '/api/projects/{p}', ['GET', 'PATCH', 'DELETE']],
    ['DELETE', '/api/projects', ['GET', 'POST']],
    ['PUT', '/api/users/{u}', ['GET', 'PATCH', 'DELETE']],
    ['POST', '/api/current-user/whoami/', ['GET']],
    ['GET', '/api/auth/login', ['POST']],
    ['POST', '/api/health', ['GET']],
    ['POST', '/api/openapi.json', ['GET']],
    ['DELETE', '/api/docs', ['GET']],
    ['PUT', '/api/tasks', ['GET', 'POST']],
  ])('%s %s → 405 with an Allow header', async (method, template, allow) => {
    const res = await s.request(method, fill(template), method === 'GET' ? {} : { body: {} });
    expectError(res, 405, `Method "${method}" not allowed.`);
    const listed = (res.headers.get('allow') ?? '').split(/,\s*/);
    for (const m of allow) expect(listed).toContain(m);
    expect(listed).not.toContain(method);
  });

  it.each(['/api/nope', '/api/projects/{p}/nope', '/api/projects//', '/api', '/api/users/{u}/x/y'])(
    'GET %s → 404 with the contract body',
    async (template) => {
      expectError(await s.request('GET', fill(template)), 404, 'Not found.');
    },
  );

  it.each(['projects', 'users', 'tasks', 'annotations', 'drafts', 'predictions'])(
    'a non-numeric %s id is a 404',
    async (family) => {
      for (const id of ['abc', '1.5', '-1', '0x10', '1e3', '%20']) {
        expectError(await s.request('GET', `/api/${family}/${id}`), 404);
        expectError(await s.request('DELETE', `/api/${family}/${id}`), 404);
      }
    },
  );

  it.each(['projects', 'users', 'tasks', 'annotations', 'drafts', 'predictions'])(
    'an id beyond the integer range (%s) is a 404',
    async (family) => {
      for (const id of ['99999999999', '2147483648', '2147483647']) {
        expectError(await s.request('GET', `/api/${family}/${id}`), 404);
        expectError(await s.request('DELETE', `/api/${family}/${id}`), 404);
      }
    },
  );
});

describe('request bodies', () => {
  it.each([
    ['POST', '/api/projects'],
    ['PATCH', '/api/projects/{p}'],
    ['POST', '/api/users'],
    ['POST', '/api/tasks'],
    ['POST', '/api/tasks/{t}/annotations'],
    ['POST', '/api/auth/login'],
  ])('%s %s: malformed JSON → 400 "JSON parse error - …"', async (method, template) => {
    for (const raw of ['{"title": ', '{title: 1}', "{'a': 1}", '[1,]', '\u00ff']) {
      const res = await s.request(method, fill(template), { as: s.admin, ...json(raw) });
      expectError(res, 400, /^JSON parse error - \S/);
    }
  });

  it('refuses a body that is not UTF-8', async () => {
    const res = await s.request('POST', '/api/projects', {
      rawBody: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
      headers: { 'content-type': 'application/json' },
    });
    expectError(res, 400, /^JSON parse error - /);
  });

  it.each(['application/xml', 'text/html', 'application/octet-stream', 'image/png'])(
    'answers %s with 415',
    async (type) => {
      const res = await s.request('POST', '/api/projects', json('{"title": "abc"}', type));
      expectError(res, 415, `Unsupported media type "${type}" in request.`);
    },
  );

  it('accepts JSON with a charset, as +json, and url-encoded or multipart forms', async () => {
    for (const type of ['application/json; charset=utf-8', 'application/vnd.api+json']) {
      expect(
        (await s.request('POST', '/api/projects', json('{"title":"typed"}', type))).status,
      ).toBe(201);
    }
    const form = await s.request(
      'POST',
      '/api/projects',
      json('title=Form&maximum_annotations=2', 'application/x-www-form-urlencoded'),
    );
    expect(expectOk(form, 201, Project)).toMatchObject({ title: 'Form', maximum_annotations: 2 });
    const multipart = [
      '--b0undary',
      'Content-Disposition: form-data; name="title"',
      '',
      'Multipart',
      '--b0undary--',
      '',
    ].join('\r\n');
    const mp = await s.request(
      'POST',
      '/api/projects',
      json(multipart, 'multipart/form-data; boundary=b0undary'),
    );
    expect(expectOk(mp, 201, Project).title).toBe('Multipart');
  });

  describe(`over the body limit (${LIMIT} bytes) → 413`, () => {
    const big = JSON.stringify({ description: 'x'.repeat(LIMIT) });

    it('when declared in Content-Length', async () => {
      const res = await s.request('POST', '/api/projects', {
        rawBody: '{}',
        headers: { 'content-type': 'application/json', 'content-length': String(LIMIT + 1) },
      });
      expectError(res, 413, 'Request body too large');
    });

    it('when streamed without a length', async () => {
      expectError(
        await s.request('POST', '/api/projects', json(big)),
        413,
        'Request body too large',
      );
      expectError(await s.request('PATCH', `/api/users/${ids.user}`, json(big)), 413);
    });

    it('for form bodies too', async () => {
      const form = `title=abc&description=${'x'.repeat(LIMIT)}`;
      const res = await s.request(
        'POST',
        '/api/projects',
        json(form, 'application/x-www-form-urlencoded'),
      );
      expectError(res, 413, 'Request body too large');
    });

    it('but not at the limit', async () => {
      const body = JSON.stringify({ description: '' });
      const padded = body.replace('""', `"${'y'.repeat(LIMIT - body.length)}"`);
      expect(padded.length).toBe(LIMIT);
      expect((await s.request('POST', '/api/projects', json(padded))).status).toBe(201);
    });
  });

  it.each([
    ['POST', '/api/projects', { title: 'abc', bogus: 1 }, 'bogus'],
    ['PATCH', '/api/projects/{p}', { colour: '#FFFFFF' }, 'colour'],
    ['POST', '/api/users', { email: 'n@x.org', password: 'long enough pw', admin: true }, 'admin'],
    ['PATCH', '/api/users/{u}', { nick: 'x' }, 'nick'],
    ['POST', '/api/auth/login', { email: 'a@b.co', password: 'x', remember: true }, 'remember'],
    ['POST', '/api/token/refresh', { refresh: 'x', grant: 'y' }, 'grant'],
    ['POST', '/api/projects/validate', { label_config: '<View/>', strict: true }, 'strict'],
    ['POST', '/api/tasks', { project: '{p}', data: { text: 'x' }, priority: 1 }, 'priority'],
    ['POST', '/api/tasks/{t}/annotations', { result: [], mood: 'ok' }, 'mood'],
    ['POST', '/api/predictions', { task: '{t}', result: [], confidence: 1 }, 'confidence'],
  ])('%s %s: an unknown field is a 400 naming it', async (method, template, body, field) => {
    const filled = JSON.parse(fill(JSON.stringify(body)).replace(/"(\d+)"/g, '$1')) as unknown;
    const res = await s.request(method, fill(template), { body: filled });
    expect(expectFieldError(res, field)).toEqual(['Unknown field.']);
  });

  it.each([
    ['/api/projects', { title: 123 }, 'title', 'Expected string, got a number.'],
    [
      '/api/projects',
      { show_instruction: 'yes' },
      'show_instruction',
      'Expected boolean, got a string.',
    ],
    [
      '/api/projects',
      { maximum_annotations: '2' },
      'maximum_annotations',
      'Expected number, got a string.',
    ],
    ['/api/projects', { members: {} }, 'members', 'Expected array, got an object.'],
    ['/api/projects', { title: null }, 'title', 'This field may not be null.'],
    [
      '/api/users',
      { email: ['a@b.co'], password: 'long enough pw' },
      'email',
      'Expected string, got a list.',
    ],
    ['/api/tasks', { project: 'one', data: {} }, 'project', 'Expected number, got a string.'],
    ['/api/tasks', { project: 1, data: 'text' }, 'data', 'Expected record, got a string.'],
  ])('POST %s %j: a wrong type is a 400 naming the field', async (path, body, field, message) => {
    expect(expectFieldError(await s.request('POST', path, { body }), field)).toEqual([message]);
  });

  it.each(['[]', 'null', '1', '"text"', 'true'])(
    'a JSON %s body where an object is expected → 400',
    async (raw) => {
      const res = await s.request('POST', '/api/projects', json(raw));
      expectFieldError(res, 'non_field_errors');
    },
  );

  it('reads an empty body as {} so required fields are named', async () => {
    expectFieldError(await s.request('POST', '/api/users', json('')), 'email', /required/);
  });
});

describe('query parameters', () => {
  async function outOfRange(method: string, path: string, body: unknown) {
    const res = await s.request(method, path, body === undefined ? {} : { body });
    expect([400, 404]).toContain(res.status);
  }

  it.each(['1', 'true', 'YES', 'on', '0', 'False', 'no', 'OFF'])(
    'boolean %s is accepted',
    async (v) => {
      expect(
        (await s.request('GET', `/api/tasks?project=${ids.project}&resolve_uri=${v}`)).status,
      ).toBe(200);
    },
  );

  it('a bad boolean is a 400 naming the parameter', async () => {
    expectFieldError(
      await s.request('GET', `/api/tasks?project=${ids.project}&resolve_uri=maybe`),
      'resolve_uri',
    );
  });

  it.each<[string, string, unknown]>([
    ['POST', '/api/tasks', { project: 99999999999, data: { text: 'x' } }],
    ['POST', '/api/predictions', { task: 99999999999, result: [] }],
    ['POST', '/api/projects', { members: [99999999999] }],
    ['GET', '/api/tasks?project=99999999999', undefined],
    ['GET', '/api/predictions?task=99999999999', undefined],
    ['GET', '/api/predictions?project=99999999999', undefined],
  ])('%s %s %j: an out-of-range id is a 4xx, not a 5xx', outOfRange);
});

/** Bodies no client should send: each must get a 4xx (or a 2xx), never a 5xx (startApi checks). */
describe('no 5xx on odd input', () => {
  const WEIRD: unknown[] = [
    null,
    -1,
    0,
    1e308,
    2 ** 31,
    Number.MAX_SAFE_INTEGER,
    '',
    '\u0000',
    'x'.repeat(700),
    [],
    [null],
    {},
    { __proto__: { admin: true } },
    true,
    '2024-13-45T99:00:00Z',
  ];
  const TARGETS: [string, string, string[]][] = [
    [
      'POST',
      '/api/projects',
      ['title', 'label_config', 'maximum_annotations', 'pinned_at', 'members', 'color'],
    ],
    [
      'PATCH',
      '/api/projects/{p}',
      ['title', 'skip_queue', 'lock_ttl', 'expert_instruction', 'label_config'],
    ],
    ['POST', '/api/users', ['email', 'password', 'role', 'first_name']],
    ['PATCH', '/api/users/{u}', ['first_name', 'role', 'is_active', 'password', 'email']],
    ['POST', '/api/auth/login', ['email', 'password']],
    ['POST', '/api/token/refresh', ['refresh']],
    ['POST', '/api/projects/validate', ['label_config']],
    ['POST', '/api/tasks', ['data', 'project', 'meta']],
    ['PATCH', '/api/tasks/{t}', ['data', 'meta', 'project']],
    [
      'POST',
      '/api/tasks/{t}/annotations',
      ['result', 'lead_time', 'completed_by', 'unique_id', 'draft_id', 'parent_prediction'],
    ],
    ['PATCH', '/api/annotations/{a}', ['result', 'lead_time', 'ground_truth', 'updated_at']],
    ['PATCH', '/api/drafts/{d}', ['result', 'lead_time', 'was_postponed']],
    ['POST', '/api/predictions', ['task', 'result', 'score', 'model_version']],
  ];

  it.each(TARGETS)('%s %s', async (method, template, fields) => {
    const path = fill(template);
    for (const raw of ['[]', '"x"', '{"a":{"b":{"c":[[[[[[[[[[{}]]]]]]]]]]}}}']) {
      expect((await s.request(method, path, json(raw))).status).toBeLessThan(500);
    }
    for (const field of fields) {
      for (const value of WEIRD) {
        const res = await s.request(method, path, { body: { [field]: value } });
        expect(res.status, `${field}=${JSON.stringify(value)}`).toBeLessThan(500);
      }
    }
  });
});

describe('response format', () => {
  /** Every `*_at`, `date_joined` and `last_activity` value, and every `created_ago`, in a body. */
  function checkFormats(value: unknown, path = ''): number {
    if (Array.isArray(value))
      return value.reduce<number>((n, v, i) => n + checkFormats(v, `${path}[${i}]`), 0);
    if (!value || typeof value !== 'object') return 0;
    let seen = 0;
    for (const [key, v] of Object.entries(value)) {
      if (/(_at|^date_joined|^last_activity)$/.test(key) && v !== null) {
        expect(v, `${path}.${key}`).toMatch(DATETIME);
        seen += 1;
      } else if (key === 'created_ago') {
        expect(v, `${path}.${key}`).toMatch(CREATED_AGO);
        seen += 1;
      } else seen += checkFormats(v, `${path}.${key}`);
    }
    return seen;
  }

  it('writes datetimes with six fractional digits and Z, and created_ago as "N\u00a0unit"', async () => {
    let seen = 0;
    for (const template of [
      '/api/users',
      '/api/current-user/whoami',
      '/api/projects',
      '/api/tasks?project={p}&fields=all',
      '/api/tasks/{t}',
      '/api/annotations/{a}',
      '/api/drafts/{d}',
      '/api/predictions/{r}',
    ]) {
      const res = await s.request('GET', fill(template));
      expect(res.status).toBe(200);
      seen += checkFormats(res.body);
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('answers JSON as application/json; charset=utf-8', async () => {
    for (const path of ['/api/projects', '/api/version', `/api/projects/999999`]) {
      expect((await s.request('GET', path)).headers.get('content-type')).toBe(
        'application/json; charset=utf-8',
      );
    }
  });

  it('keeps the error body keys in the contract’s order', async () => {
    const { version } = (await s.request('GET', '/api/version')).body as { version: string };
    const cases = [
      await s.request('GET', '/api/projects', { as: null }),
      await s.request('GET', '/api/projects/999999'),
      await s.request('POST', '/api/projects', { body: { title: 1 } }),
      await s.request('POST', '/api/users', { as: other, body: {} }),
      await s.request('PUT', '/api/projects'),
    ];
    for (const res of cases) {
      checkErrorBody(res);
      const keys = Object.keys(res.body as object);
      const expected = ['id', 'status_code', 'version', 'detail', 'exc_info'];
      expect(keys).toEqual(res.status === 400 ? [...expected, 'validation_errors'] : expected);
      expect(res.body.version).toBe(version);
    }
  });

  it('gives each error its own id', async () => {
    const a = await s.request('GET', '/api/projects/999999');
    const b = await s.request('GET', '/api/projects/999999');
    expect(a.body.id).not.toBe(b.body.id);
  });
});
