import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../../shared/api/errors';
import { Project, ProjectList } from '../../../shared/api/projects';
import { startTestServer, type TestServer } from '../../../../test/setup/test-server';

const SENTIMENT = `<View><Text name="text" value="$text"/><Choices name="sentiment" toName="text"><Choice value="Positive"/><Choice value="Negative"/></Choices></View>`;

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s.close());

describe('projects', () => {
  it('creates with defaults and reads back', async () => {
    const res = await s.request('POST', '/api/projects', { body: { title: 'Reviews', label_config: SENTIMENT } });
    expect(res.status).toBe(201);
    const p = Project.parse(res.body);
    expect(p).toMatchObject({
      title: 'Reviews',
      maximum_annotations: 1,
      sampling: 'Sequential sampling',
      show_skip_button: true,
      color: '#FFFFFF',
      task_number: 0,
      created_by: { id: s.admin.user.id, email: 'admin@example.org' },
    });
    expect(p.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    const got = await s.request('GET', `/api/projects/${p.id}/`);
    expect(got.status).toBe(200);
    expect(got.body.id).toBe(p.id);
  });

  it('lists with pagination', async () => {
    const res = await s.request('GET', '/api/projects?page_size=1');
    expect(res.status).toBe(200);
    const list = ProjectList.parse(res.body);
    expect(list.results).toHaveLength(1);
    const past = await s.request('GET', '/api/projects?page=999');
    expect(past.status).toBe(404);
    expect(ErrorBody.parse(past.body).detail).toBe('Invalid page.');
  });

  it('rejects bad input with the contract error body', async () => {
    const res = await s.request('POST', '/api/projects', { body: { title: 'ab', color: 'red', bogus: 1 } });
    expect(res.status).toBe(400);
    const body = ErrorBody.parse(res.body);
    expect(body.detail).toBe('Validation error');
    expect(Object.keys(body.validation_errors ?? {}).sort()).toEqual(['bogus', 'color', 'title']);
    const malformed = await s.request('POST', '/api/projects', { rawBody: '{"title": ', headers: { 'content-type': 'application/json' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.detail).toMatch(/^JSON parse error - /);
  });

  it('needs auth and the admin role to create', async () => {
    expect((await s.request('GET', '/api/projects', { as: null })).status).toBe(401);
    const annotator = await s.makeUser('annotator');
    const res = await s.request('POST', '/api/projects', { as: annotator, body: { title: 'Nope' } });
    expect(res.status).toBe(403);
    expect(res.body.detail).toBe('You do not have permission to perform this action.');
  });
});
