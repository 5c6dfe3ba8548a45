import {
  DM_ACTION_IDS,
  DmActionList,
  DmActionQuery,
  DmActionRequest,
  DmActionResult,
  DmListQuery,
  type DmAction,
} from '../../../shared/api/dm-actions';
import { ErrorBody } from '../../../shared/api/errors';
import { allowed, requirePermission, visibleProject } from '../../access';
import type { TaskSelection } from '../../db/task-selection';
import { ApiError, fieldError } from '../../errors';
import { json } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { taskConditions } from '../tasks/query';
import { ACTIONS, isActionId } from './actions';

export function registerDmActionRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'get',
      path: '/api/dm/actions',
      tag: 'Data manager',
      summary: 'Actions the caller may run on selected tasks (reviewer, admin)',
      auth: 'user',
      query: DmListQuery,
      responses: { 200: { description: 'OK', schema: DmActionList } },
    },
    async (c, { user, query }) => {
      const { db } = c.get('deps');
      if (query.project !== undefined) await visibleProject(db.kysely, user, query.project);
      requirePermission(user, 'tasks.view_all');
      const list: DmAction[] = DM_ACTION_IDS.filter((id) => allowed(user, ACTIONS[id].permission))
        .map((id) => {
          const { title, order, dialog } = ACTIONS[id];
          return { id, title, order, dialog };
        })
        .sort((a, b) => a.order - b.order);
      return json(c, list);
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/dm/actions',
      tag: 'Data manager',
      summary: 'Run an action on selected tasks: delete_tasks (admin), delete_ground_truths',
      description:
        '`selectedItems` is `{"all": false, "included": [ids]}` or `{"all": true, "excluded": [ids]}`; ' +
        'with `all`, the optional `filters` (Data Manager grammar) and `search` narrow the set.',
      auth: 'user',
      query: DmActionQuery,
      body: DmActionRequest,
      responses: {
        200: { description: 'Done', schema: DmActionResult },
        403: { description: 'The role may not run this action', schema: ErrorBody },
        404: { description: 'Unknown action or project', schema: ErrorBody },
      },
    },
    async (c, { user, query, body }) => {
      const { db } = c.get('deps');
      if (!isActionId(query.id)) throw new ApiError(404, `No action "${query.id}" exists.`);
      const action = ACTIONS[query.id];
      const project = await visibleProject(db.kysely, user, query.project);
      requirePermission(user, action.permission);
      if (body.project !== undefined && Number(body.project) !== project.id)
        throw fieldError('project', 'Must be the project of the query string.');
      const sel = body.selectedItems;
      const selection: TaskSelection = sel.all
        ? {
            all: true,
            excluded: sel.excluded,
            where: taskConditions(
              {
                filters: body.filters ? JSON.stringify(body.filters) : undefined,
                search: body.search,
              },
              db.dialect,
            ),
          }
        : { all: false, included: [...new Set(sel.included)] };
      if (!selection.all && selection.included.length === 0)
        throw fieldError('selectedItems', 'No tasks selected.');
      return json(c, await action.run({ db, project, selection }));
    },
  );
}
