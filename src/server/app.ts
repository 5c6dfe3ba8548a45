import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError } from './errors';
import type { AppDeps, AppEnv } from './http/app-env';
import { bindDeps, prepareContext } from './http/request-context';
import { allowedMethods, type AppHono } from './http/route';
import { registerAnnotationRoutes } from './routes/annotations/router';
import { registerAuthRoutes } from './routes/auth/router';
import { registerCommentRoutes } from './routes/comments/router';
import { registerDashboardRoutes } from './routes/dashboard/router';
import { registerDmActionRoutes } from './routes/dm-actions/router';
import { registerDraftRoutes } from './routes/drafts/router';
import { registerImportRoutes } from './routes/import/router';
import { registerExportRoutes } from './routes/export/router';
import { registerPredictionRoutes } from './routes/predictions/router';
import { registerProjectRoutes } from './routes/projects/router';
import { registerReviewRoutes } from './routes/reviews/router';
import { registerServiceRoutes } from './routes/service/router';
import { registerStreamRoutes } from './routes/stream/router';
import { registerTaskRoutes } from './routes/tasks/router';
import { registerUserRoutes } from './routes/users/router';
import { serveClient } from './static';

function errorBody(
  c: Context<AppEnv>,
  status: number,
  detail: string,
  extra: Record<string, unknown> = {},
) {
  return {
    id: c.get('requestId'),
    status_code: status,
    version: c.get('deps').version,
    detail,
    exc_info: null,
    ...extra,
  };
}

function errorResponse(
  c: Context<AppEnv>,
  status: number,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return new Response(JSON.stringify(errorBody(c, status, detail, extra)), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/**
 * The whole HTTP application: tests mount it in-process, main.ts serves it. Everything it
 * needs comes in through `deps`, so several instances can run side by side on one database.
 */
export function createApp(deps: AppDeps): AppHono {
  const app: AppHono = new OpenAPIHono<AppEnv>({ strict: false });

  bindDeps(app, deps);

  app.onError((err, c) => {
    prepareContext(c, app);
    if (err instanceof ApiError)
      return errorResponse(c, err.status, err.detail, err.extra, err.headers);
    const status = (err as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Framework-level 4xx (e.g. a body the platform refused to read).
      return errorResponse(c, status, err.message || 'Bad request');
    }
    // PostgreSQL gave up on one of two transactions that crossed (deadlock, serialization):
    // nothing of it was stored, and the same request sent again will go through.
    const code = (err as { code?: unknown }).code;
    if (code === '40P01' || code === '40001') {
      return errorResponse(
        c,
        409,
        'This change collided with another one made at the same moment and was not saved. Send it again.',
      );
    }
    deps.log.error('unhandled error', {
      id: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
    return errorResponse(c, 500, 'Internal server error');
  });

  registerServiceRoutes(app);
  registerAuthRoutes(app);
  registerUserRoutes(app);
  registerProjectRoutes(app);
  registerTaskRoutes(app);
  registerAnnotationRoutes(app);
  registerDraftRoutes(app);
  registerPredictionRoutes(app);
  registerImportRoutes(app);
  registerExportRoutes(app);
  registerStreamRoutes(app);
  registerReviewRoutes(app);
  registerCommentRoutes(app);
  registerDashboardRoutes(app);
  registerDmActionRoutes(app);

  app.notFound((c) => {
    prepareContext(c, app);
    if (c.req.path.startsWith('/api')) {
      const allowed = allowedMethods(app, c.req.path);
      // A handler that calls notFound() for a method it serves (an unknown asset) means 404.
      if (allowed.length > 0 && !allowed.includes(c.req.method)) {
        return errorResponse(
          c,
          405,
          `Method "${c.req.method}" not allowed.`,
          {},
          { allow: allowed.join(', ') },
        );
      }
      return errorResponse(c, 404, 'Not found.');
    }
    return serveClient(c);
  });

  return app;
}
