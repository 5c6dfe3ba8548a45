import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { User } from '../../shared/api/users';
import {
  ApiError,
  NetworkError,
  UnexpectedResponseError,
  apiFetch,
  errorMessage,
} from './api-client';
// eslint.config.js has no allowance yet for tests importing the shared helpers in test/setup.
import { buildUser } from '../../../test/setup/factories';
import { errorResponse, jsonResponse, noContent, stubFetch } from '../../../test/setup/fetch';

describe('apiFetch', () => {
  it('parses a success body with the given schema', async () => {
    const user = buildUser();
    const { requests } = stubFetch({ 'GET /api/users/1': jsonResponse(user) });

    await expect(apiFetch('/api/users/1', { schema: User })).resolves.toEqual(user);
    expect(requests[0]?.headers.get('Accept')).toBe('application/json');
  });

  it('sends JSON bodies and the CSRF cookie as a header on writes only', async () => {
    document.cookie = 'margin_csrf=tok%2Ben';
    const { requests } = stubFetch({
      'POST /api/things': jsonResponse({ ok: true }, 201),
      'GET /api/things': jsonResponse({ ok: true }),
    });
    const Ok = z.object({ ok: z.boolean() });

    await apiFetch('/api/things', { method: 'POST', body: { a: 1 }, schema: Ok });
    await apiFetch('/api/things', { schema: Ok, query: { ids: [1, 2], title: undefined } });

    const [post, get] = requests;
    expect(post?.headers.get('X-CSRF-Token')).toBe('tok+en');
    expect(post?.headers.get('Content-Type')).toBe('application/json');
    expect(post?.body).toEqual({ a: 1 });
    expect(get?.headers.has('X-CSRF-Token')).toBe(false);
    expect(get?.url.search).toBe('?ids=1%2C2');
  });

  it('resolves to undefined for 204 answers', async () => {
    stubFetch({ 'POST /api/auth/logout': noContent() });
    await expect(apiFetch('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
  });

  it('turns a non-2xx answer into an ApiError carrying the contract error body', async () => {
    stubFetch({
      'POST /api/users': errorResponse(400, 'Validation error', {
        validationErrors: { email: ['This field is required.'] },
      }),
    });

    const error = await apiFetch('/api/users', { method: 'POST', body: {} }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, detail: 'Validation error' });
    expect((error as ApiError).validationErrors).toEqual({ email: ['This field is required.'] });
  });

  it('reads Retry-After and copes with error bodies that are not the contract shape', async () => {
    stubFetch({
      'POST /api/auth/login': errorResponse(429, 'Too many failed sign-in attempts.', {
        headers: { 'Retry-After': '120' },
      }),
      'GET /api/projects': new Response('<html>Bad gateway</html>', { status: 502 }),
    });

    const limited = (await apiFetch('/api/auth/login', { method: 'POST' }).catch(
      (e) => e,
    )) as ApiError;
    expect(limited.retryAfter).toBe(120);

    const gateway = (await apiFetch('/api/projects').catch((e) => e)) as ApiError;
    expect(gateway).toBeInstanceOf(ApiError);
    expect(gateway.status).toBe(502);
    expect(gateway.body).toBeNull();
    expect(errorMessage(gateway)).toBe('The server ran into a problem. Please try again.');
  });

  it('reports a failed connection as a NetworkError', async () => {
    stubFetch({
      'GET /api/projects': () => Promise.reject(new TypeError('Failed to fetch')),
    });
    const error = await apiFetch('/api/projects').catch((e) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(errorMessage(error)).toMatch(/could not reach the server/i);
  });

  it('rejects a success body that does not match the schema', async () => {
    stubFetch({ 'GET /api/users/1': jsonResponse({ id: 'nope' }) });
    await expect(apiFetch('/api/users/1', { schema: User })).rejects.toBeInstanceOf(
      UnexpectedResponseError,
    );
  });
});
