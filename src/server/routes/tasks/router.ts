import { z } from 'zod';
import { MAX_ID, QueryBool, QueryInt } from '../../../shared/api/common';
import { TaskDetail, TaskList } from '../../../shared/api/task-detail';
import { Task, TaskCreate, TaskPatch } from '../../../shared/api/tasks';
import { requirePermission, visibleProject, visibleTask, visibleTaskOnly } from '../../access';
import { annotationsOfTasks } from '../../db/annotations';
import { listPredictions } from '../../db/predictions';
import { projectById } from '../../db/projects';
import { taskTableColumns } from '../../db/task-table-columns';
import { taskById } from '../../db/tasks';
import { nowAfter } from '../../db/time';
import { usersByIds } from '../../db/users';
import { ApiError, notFound } from '../../errors';
import { IdParams } from '../../http/params';
import { json, jsonWithStoredData, noContent } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { presentAnnotation, presentPrediction } from '../../present/annotations';
import { presentTask } from '../../present/tasks';
import { queryTasks } from './query';
import { assertTaskData, createTasks, deleteTask, taskDetail } from './service';
import { extend } from '../../present/extend';

const ListQuery = z.object({
  project: QueryInt(1, MAX_ID).optional(),
  page: QueryInt(1, 10_000_000).optional(),
  page_size: QueryInt(1, 1000).optional(),
  /** [Margin] `table` adds the task table's computed columns (annotators, ground_truth, …). */
  fields: z.enum(['all', 'task_only', 'table']).optional(),
  after: z.string().max(1000).optional(),
  filters: z.string().max(20_000).optional(),
  ordering: z.string().max(1000).optional(),
  search: z.string().max(1000).optional(),
  resolve_uri: QueryBool.optional(),
  view: z.string().optional(),
});

export function registerTaskRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'get',
      path: '/api/tasks',
      tag: 'Tasks',
      summary:
        "List a project's tasks: filters, ordering, search (Data Manager grammar); page/page_size or keyset `after`",
      auth: 'user',
      query: ListQuery,
      responses: { 200: { description: 'OK', schema: TaskList } },
    },
    async (c, { user, query }) => {
      const { db } = c.get('deps');
      if (query.project === undefined)
        throw new ApiError(404, 'Neither project nor view id specified');
      const project = await visibleProject(db.kysely, user, query.project);
      requirePermission(user, 'tasks.view_all');
      const pageSize = query.page_size ?? 100;
      const page = query.page ?? 1;
      const result = await queryTasks(db.kysely, db.dialect, project, {
        filters: query.filters,
        ordering: query.ordering,
        search: query.search,
        after: query.after,
        limit: pageSize,
        offset: query.after ? 0 : (page - 1) * pageSize,
      });
      const pageRows = result.rows;
      if (!query.after && page > 1 && pageRows.length === 0)
        throw new ApiError(404, 'Invalid page.');
      const all = query.fields === 'all';
      const tasks = pageRows.map((t) => presentTask(t, { cut: !all }));
      let withNested: unknown[] = tasks;
      if (query.fields === 'table') {
        const columns = await taskTableColumns(db.kysely, db.dialect, pageRows);
        withNested = tasks.map((t) => extend(t, columns.get(t.id) ?? {}));
      }
      if (all) {
        const ids = pageRows.map((t) => t.id);
        const [annotations, predictions] = await Promise.all([
          annotationsOfTasks(db.kysely, ids, { includeCancelled: true }),
          listPredictions(db.kysely, { taskIds: ids }),
        ]);
        const users = new Map(
          (
            await usersByIds(
              db.kysely,
              annotations.map((a) => a.completed_by).filter((id): id is number => id !== null),
            )
          ).map((u) => [u.id, u]),
        );
        withNested = tasks.map((t) =>
          extend(t, {
            annotations: annotations
              .filter((a) => a.task_id === t.id)
              .map((a) => presentAnnotation(a, users)),
            predictions: predictions
              .filter((p) => p.task_id === t.id)
              .map((p) => presentPrediction(p)),
          }),
        );
      }
      return json(c, {
        total_annotations: result.total_annotations,
        total_predictions: result.total_predictions,
        total: result.total,
        tasks: withNested,
        next_cursor: result.nextCursor,
      });
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/tasks',
      tag: 'Tasks',
      summary: 'Create a task in a project (admin)',
      auth: 'user',
      body: TaskCreate,
      responses: { 201: { description: 'Created', schema: Task } },
    },
    async (c, { user, body }) => {
      const { db } = c.get('deps');
      requirePermission(user, 'tasks.manage');
      const project = await projectById(db.kysely, body.project);
      if (!project) throw notFound('Project');
      assertTaskData(project.label_config, body.data);
      const task = await db.kysely.transaction().execute(async (trx) => {
        const fresh = await projectById(trx, project.id);
        if (!fresh) throw notFound('Project');
        const [taskId] = await createTasks(trx, fresh, [{ data: body.data, meta: body.meta }]);
        // Read back inside the transaction: a delete just after the commit must not make this a 500.
        return (await taskById(trx, taskId!))!;
      });
      return json(c, presentTask(task), 201);
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/tasks/:id',
      tag: 'Tasks',
      summary: 'Get a task with annotations, predictions and drafts',
      auth: 'user',
      params: IdParams,
      responses: { 200: { description: 'OK', schema: TaskDetail } },
    },
    async (c, { user, params }) => {
      const { db } = c.get('deps');
      const task = await visibleTaskOnly(db.kysely, user, params.id);
      const detail = await taskDetail(db.kysely, task, user, { storedData: true });
      return jsonWithStoredData(c, detail, task.data);
    },
  );

  addRoute(
    app,
    {
      method: 'patch',
      path: '/api/tasks/:id',
      tag: 'Tasks',
      summary: "Update a task's data or meta (admin)",
      auth: 'user',
      params: IdParams,
      body: TaskPatch,
      responses: { 200: { description: 'OK', schema: Task } },
    },
    async (c, { user, params, body }) => {
      const { db } = c.get('deps');
      const { task, project } = await visibleTask(db.kysely, user, params.id);
      requirePermission(user, 'tasks.manage');
      if (body.project !== undefined && body.project !== task.project_id) {
        throw new ApiError(400, 'A task cannot move to another project.');
      }
      if (body.data) assertTaskData(project.label_config, body.data);
      const updated = await db.kysely
        .updateTable('tasks')
        .set({
          ...(body.data ? { data: JSON.stringify(body.data) } : {}),
          ...(body.meta ? { meta: JSON.stringify(body.meta) } : {}),
          updated_at: nowAfter(task.updated_at),
        })
        .where('id', '=', task.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return json(c, presentTask(updated));
    },
  );

  addRoute(
    app,
    {
      method: 'delete',
      path: '/api/tasks/:id',
      tag: 'Tasks',
      summary: 'Delete a task with its annotations (admin); counters follow',
      auth: 'user',
      params: IdParams,
      responses: { 204: { description: 'Deleted' } },
    },
    async (c, { user, params }) => {
      const { db } = c.get('deps');
      const { task } = await visibleTask(db.kysely, user, params.id);
      requirePermission(user, 'tasks.manage');
      await db.kysely.transaction().execute((trx) => deleteTask(trx, task, db.dialect));
      return noContent(c);
    },
  );
}
