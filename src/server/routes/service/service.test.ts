import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ErrorBody } from '../../../shared/api/errors';
import { expectError, expectOk, useApi } from '../../../../test/setup/api';

const s = useApi();

const Operation = z.looseObject({
  tags: z.array(z.string()).min(1),
  summary: z.string().min(1),
  parameters: z
    .array(z.looseObject({ name: z.string(), in: z.enum(['path', 'query', 'header', 'cookie']) }))
    .optional(),
  responses: z.record(z.string().regex(/^\d{3}$/), z.looseObject({ description: z.string() })),
  security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
});

const OpenApi = z.looseObject({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string().startsWith('/api/'), z.record(z.string(), Operation)),
  components: z.looseObject({
    securitySchemes: z.record(z.string(), z.looseObject({ type: z.string() })),
  }),
});

/** Every `$ref` in the document, to check that each resolves. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('service endpoints', () => {
  it('GET /api/health answers {"status": "ok"} without auth', async () => {
    const res = await s.request('GET', '/api/health', { as: null });
    expect(expectOk(res, 200, z.object({ status: z.literal('ok') }).strict())).toEqual({
      status: 'ok',
    });
  });

  it('GET /api/version answers the version every error body carries', async () => {
    const { version } = expectOk(
      await s.request('GET', '/api/version', { as: null }),
      200,
      z.object({ version: z.string().regex(/^\d+\.\d+\.\d+/) }).strict(),
    );
    const error = ErrorBody.parse((await s.request('GET', '/api/projects', { as: null })).body);
    expect(error.version).toBe(version);
  });

  describe('GET /api/openapi.json', () => {
    const load = async () =>
      expectOk(await s.request('GET', '/api/openapi.json', { as: null }), 200, OpenApi);

    it('is an OpenAPI 3.1 document listing our paths with Label Studio spelling', async () => {
      const doc = await load();
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          '/api/health',
          '/api/version',
          '/api/auth/login',
          '/api/auth/logout',
          '/api/current-user/whoami',
          '/api/current-user/token',
          '/api/current-user/reset-token',
          '/api/token',
          '/api/token/refresh',
          '/api/users',
          '/api/users/{id}',
          '/api/projects',
          '/api/projects/{id}',
          '/api/projects/validate',
          '/api/projects/{id}/validate',
          '/api/tasks',
          '/api/tasks/{id}',
          '/api/tasks/{id}/annotations',
          '/api/annotations/{id}',
          '/api/predictions',
        ]),
      );
      expect(Object.keys(doc.paths['/api/projects/{id}']!).sort()).toEqual([
        'delete',
        'get',
        'patch',
      ]);
      expect(doc.info.version).toBe((await s.request('GET', '/api/version')).body.version);
    });

    it('declares every path parameter, security scheme and $ref it uses', async () => {
      const doc = await load();
      const schemes = Object.keys(doc.components.securitySchemes);
      expect(schemes).toEqual(expect.arrayContaining(['Token', 'Session']));
      for (const [path, ops] of Object.entries(doc.paths)) {
        const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        for (const [method, op] of Object.entries(ops)) {
          const where = `${method.toUpperCase()} ${path}`;
          expect(['get', 'post', 'put', 'patch', 'delete'], where).toContain(method);
          const declared = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
          expect(declared.sort(), where).toEqual([...templated].sort());
          for (const p of (op.parameters ?? []).filter((q) => q.in === 'path')) {
            expect(p.required, `${where} {${p.name}}`).toBe(true);
          }
          for (const requirement of op.security ?? []) {
            for (const name of Object.keys(requirement)) expect(schemes, where).toContain(name);
          }
          expect(Object.keys(op.responses).length, where).toBeGreaterThan(0);
        }
      }
      const raw = (await s.request('GET', '/api/openapi.json')).body as Record<string, unknown>;
      for (const ref of refs(raw)) {
        const target = ref
          .replace(/^#\//, '')
          .split('/')
          .reduce<unknown>(
            (node, key) => (node as Record<string, unknown> | undefined)?.[key],
            raw,
          );
        expect(target, ref).toBeDefined();
      }
    });

    it('marks signed-in routes with security and public ones without', async () => {
      const doc = await load();
      expect(doc.paths['/api/projects']!.get!.security).toBeDefined();
      expect(doc.paths['/api/projects']!.get!.responses['401']).toBeDefined();
      expect(doc.paths['/api/health']!.get!.security).toBeUndefined();
      expect(doc.paths['/api/auth/login']!.post!.security).toBeUndefined();
      expect(doc.paths['/api/projects/validate']!.post!.security).toBeUndefined();
    });
  });

  describe('GET /api/docs', () => {
    it('serves the interactive reference as HTML, pointing at the document', async () => {
      const res = await s.request('GET', '/api/docs', { as: null });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.text).toMatch(/^<!doctype html>/i);
      const init = await s.request('GET', '/api/docs/assets/init.js', { as: null });
      expect(init.status).toBe(200);
      expect(init.text).toContain("'/api/openapi.json'");
    });

    it('serves the Swagger UI assets it links, and nothing else', async () => {
      const page = await s.request('GET', '/api/docs', { as: null });
      const linked = [...page.text.matchAll(/(?:href|src)="(\/api\/docs\/assets\/[^"]+)"/g)].map(
        (m) => m[1]!,
      );
      expect(linked.length).toBeGreaterThanOrEqual(3);
      for (const url of linked)
        expect((await s.request('GET', url, { as: null })).status, url).toBe(200);
      expectError(await s.request('GET', '/api/docs/assets/package.json', { as: null }), 404);
      expectError(
        await s.request('GET', '/api/docs/assets/..%2F..%2Fpackage.json', { as: null }),
        404,
      );
    });
  });
});
