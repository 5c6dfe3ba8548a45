import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Annotation } from '../../../shared/api/annotations';
import { Draft } from '../../../shared/api/drafts';
import { Prediction } from '../../../shared/api/predictions';
import {
  annotate,
  createProject,
  createTask,
  exact,
  expectCountersConsistent,
  expectFieldError,
  expectStatus,
  invalidFixtures,
  skip,
  startTestServer,
  tableCounts,
  validSamples,
  type ConfigName,
  type TestResponse,
  type TestServer,
} from '../../../../test/setup/api-helpers';

/**
 * Every write path that stores a result checks it against the project's config
 * (label-config.md §4): the fixtures' invalid results are refused naming the failing path,
 * their valid results are stored and read back byte for byte.
 */
let s: TestServer;
const projects = new Map<ConfigName, number>();
beforeAll(async () => {
  s = await startTestServer();
  for (const name of ['sentiment', 'ner', 'image-bbox', 'multi', 'paragraphs'] as const) {
    projects.set(name, (await createProject(s, name)).id);
  }
});
afterAll(async () => s.close());

const REQUIRED_ONLY = 'missing-required-on-submit';

describe.each(invalidFixtures().map((f) => [f.name, f] as const))(
  'invalid result %s',
  (name, fixture) => {
    it(`is refused on every write path, naming ${fixture.field}`, async () => {
      const projectId = projects.get(fixture.config)!;
      const task = await createTask(s, projectId, fixture.data);
      const base = await skip(s, task.id);
      const draft = exact(
        Draft,
        expectStatus(await s.request('POST', `/api/tasks/${task.id}/drafts`, { body: {} }), 201)
          .body,
      );
      const prediction = exact(
        Prediction,
        expectStatus(
          await s.request('POST', '/api/predictions', { body: { task: task.id, result: [] } }),
          201,
        ).body,
      );
      const counters = await expectCountersConsistent(s, projectId);
      const before = await tableCounts(s.db);
      const result = fixture.result;
      const refused = (res: TestResponse) =>
        expect(expectFieldError(res, fixture.field).length).toBeGreaterThan(0);

      refused(await s.request('POST', `/api/tasks/${task.id}/annotations`, { body: { result } }));
      refused(
        await s.request('PATCH', `/api/annotations/${base.id}`, {
          body: { result, was_cancelled: false },
        }),
      );
      refused(
        await s.request('PUT', `/api/annotations/${base.id}`, {
          body: { result, was_cancelled: false },
        }),
      );
      refused(
        await s.request('POST', '/api/annotations/bulk', { body: { tasks: [task.id], result } }),
      );
      if (name === REQUIRED_ONLY) {
        // Required controls bind a submit only: a skip, a draft and a prediction may leave them out.
        expectStatus(
          await s.request('PATCH', `/api/annotations/${base.id}`, { body: { result } }),
          200,
        );
        expectStatus(
          await s.request('POST', `/api/tasks/${task.id}/drafts`, { body: { result } }),
          201,
        );
        await annotate(s, task.id, { result, was_cancelled: true });
        return;
      }
      refused(
        await s.request('POST', `/api/tasks/${task.id}/annotations`, {
          body: { result, was_cancelled: true },
        }),
      );
      refused(await s.request('POST', `/api/tasks/${task.id}/drafts`, { body: { result } }));
      refused(await s.request('PATCH', `/api/drafts/${draft.id}`, { body: { result } }));
      refused(await s.request('POST', '/api/predictions', { body: { task: task.id, result } }));
      refused(await s.request('PATCH', `/api/predictions/${prediction.id}`, { body: { result } }));

      expect(await tableCounts(s.db)).toEqual(before);
      expect(await expectCountersConsistent(s, projectId)).toEqual(counters);
      const stored = exact(
        Annotation,
        (await s.request('GET', `/api/annotations/${base.id}`)).body,
      );
      expect(stored).toMatchObject({
        result: [],
        was_cancelled: true,
        updated_at: base.updated_at,
      });
      expect((await s.request('GET', `/api/drafts/${draft.id}`)).body.result).toBeNull();
      expect((await s.request('GET', `/api/predictions/${prediction.id}`)).body.result).toEqual([]);
    });
  },
);

describe.each(['sentiment', 'ner', 'image-bbox', 'multi', 'paragraphs'] as const)(
  'valid %s results',
  (config) => {
    it('are stored and read back byte for byte on every write path', async () => {
      const projectId = projects.get(config)!;
      const samples = validSamples(config);
      expect(samples.length).toBeGreaterThan(0);
      for (const sample of samples) {
        const text = JSON.stringify(sample.result);
        const readBack = async (url: string) => {
          const res = expectStatus(await s.request('GET', url), 200);
          expect(JSON.stringify(res.body.result)).toBe(text);
          expect(res.text).toContain(text);
        };
        const task = await createTask(s, projectId, sample.data);
        const a = await annotate(s, task.id, { result: sample.result, was_cancelled: sample.skip });
        await readBack(`/api/annotations/${a.id}`);
        const put = await s.request('PUT', `/api/annotations/${a.id}`, {
          body: { result: sample.result },
        });
        expect(JSON.stringify(expectStatus(put, 200).body.result)).toBe(text);
        const draft = await s.request('POST', `/api/tasks/${task.id}/drafts`, {
          body: { result: sample.result },
        });
        await readBack(`/api/drafts/${expectStatus(draft, 201).body.id}`);
        const prediction = await s.request('POST', '/api/predictions', {
          body: { task: task.id, result: sample.result },
        });
        await readBack(`/api/predictions/${expectStatus(prediction, 201).body.id}`);
        if (!sample.skip) {
          const bulk = await s.request('POST', '/api/annotations/bulk', {
            body: { tasks: [task.id], result: sample.result },
          });
          await readBack(`/api/annotations/${expectStatus(bulk, 201).body[0].id}`);
        }
      }
      await expectCountersConsistent(s, projectId);
    });
  },
);
