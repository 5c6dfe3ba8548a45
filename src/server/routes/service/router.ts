import { createRequire } from 'node:module';
import path from 'node:path';
import { sql } from 'kysely';
import { z } from 'zod';
import { withContext } from '../../http/request-context';
import { json } from '../../http/respond';
import { addRoute, noteRoute, type AppHono } from '../../http/route';
import { sendFile } from '../../static';

const swaggerDir = path.dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
);

const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Margin API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="docs"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/init.js"></script></body></html>`;

const DOCS_INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', deepLinking: true,
  persistAuthorization: true });`;

export function registerServiceRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'get',
      path: '/api/health',
      tag: 'Service',
      summary: 'Health check (checks the database)',
      auth: 'public',
      responses: { 200: { description: 'OK', schema: z.object({ status: z.literal('ok') }) } },
    },
    async (c) => {
      await sql`select 1`.execute(c.get('deps').db.kysely);
      return json(c, { status: 'ok' });
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/version',
      tag: 'Service',
      summary: 'Server version',
      auth: 'public',
      responses: { 200: { description: 'OK', schema: z.object({ version: z.string() }) } },
    },
    (c) => json(c, { version: c.get('deps').version }),
  );

  for (const p of ['/api/openapi.json', '/api/docs', '/api/docs/assets/:file'])
    noteRoute(app, 'get', p);
  app.get(
    '/api/openapi.json',
    withContext(app, (c) =>
      json(
        c,
        app.getOpenAPI31Document({
          openapi: '3.1.0',
          info: {
            title: 'Margin API',
            version: c.get('deps').version,
            description:
              'Label Studio-compatible REST API. Authenticate with `Authorization: Token <key>`.',
          },
        }),
      ),
    ),
  );
  app.openAPIRegistry.registerComponent('securitySchemes', 'Token', {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description: 'Send `Token <your API key>`.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'Session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'margin_session',
  });

  app.get(
    '/api/docs',
    () => new Response(DOCS_HTML, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
  );
  // One parameterised route for every asset: a fixed path beside `:file` would keep Hono from
  // compiling the whole route table into its single-regex router.
  app.get('/api/docs/assets/:file', async (c) => {
    const file = c.req.param('file');
    if (file === 'init.js') {
      return new Response(DOCS_INIT, {
        headers: { 'content-type': 'text/javascript; charset=utf-8' },
      });
    }
    const allowed = ['swagger-ui.css', 'swagger-ui-bundle.js'];
    const res = allowed.includes(file) ? await sendFile(path.join(swaggerDir, file)) : null;
    return res ?? c.notFound();
  });
}
