import { Dashboard, DashboardQuery, resolveRange } from '../../../shared/api/dashboard';
import { requirePermission, visibleProject } from '../../access';
import { fieldError } from '../../errors';
import { IdParams } from '../../http/params';
import { json } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { projectDashboard } from './service';

/** A project's figures for reviewers and admins: progress, throughput, annotators, labels. */
export function registerDashboardRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'get',
      path: '/api/projects/:id/dashboard',
      tag: 'Dashboard',
      summary:
        'Progress, throughput per UTC day, per-annotator lead times and rates, label distribution (reviewer, admin)',
      description:
        '`from` and `to` are UTC days, both included; by default the last 30 days up to today. Progress covers all time.',
      auth: 'user',
      params: IdParams,
      query: DashboardQuery,
      responses: { 200: { description: 'OK', schema: Dashboard } },
    },
    async (c, { user, params, query }) => {
      const { db } = c.get('deps');
      requirePermission(user, 'annotations.view_all');
      const project = await visibleProject(db.kysely, user, params.id);
      const resolved = resolveRange(query);
      if (!resolved.ok) throw fieldError(resolved.field, resolved.message);
      return json(c, await projectDashboard(db.kysely, project, resolved.range));
    },
  );
}
