import { describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, noContent, stubFetch } from '../../../../../test/setup/fetch';
import { NOW, buildAnnotation, buildNextTask } from '../../../../../test/setup/labeling-factories';
import { updateAnnotation } from './annotation-api';
import { fetchNextTask, releaseTask } from './stream-queries';

describe('stream calls', () => {
  it('asks for the next task while keeping the current one out', async () => {
    const next = buildNextTask({ id: 12 });
    const { requests } = stubFetch({ 'GET /api/projects/3/next': jsonResponse(next) });
    await expect(fetchNextTask(3, { exclude: 11 })).resolves.toEqual(next);
    expect(requests[0]!.url.search).toBe('?exclude=11');
  });

  it('answers null when no task is left', async () => {
    stubFetch({
      'GET /api/projects/3/next': errorResponse(404, 'There are no tasks for ada@example.org'),
    });
    await expect(fetchNextTask(3)).resolves.toBeNull();
  });

  it('answers null when nothing is left to prefetch (204)', async () => {
    stubFetch({ 'GET /api/projects/3/next': noContent() });
    await expect(fetchNextTask(3, { exclude: 11 })).resolves.toBeNull();
  });

  it('gives a task back', async () => {
    const { requests } = stubFetch({ 'DELETE /api/projects/3/next': noContent() });
    await releaseTask(3, 12);
    expect(requests[0]!.body).toEqual({ task: 12 });
  });
});

describe('annotation update', () => {
  it('sends the version it started from as If-Match', async () => {
    const { requests } = stubFetch({
      'PATCH /api/annotations/9': jsonResponse(buildAnnotation({ id: 9 })),
    });
    await updateAnnotation(9, { result: [], lead_time: 3 }, NOW);
    expect(requests[0]!.headers.get('If-Match')).toBe(`"${NOW}"`);
  });
});
