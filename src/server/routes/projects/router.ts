import { z } from 'zod';
import { DatetimeInput, Id, QueryInt } from '../../../shared/api/common';
import {
  Project,
  ProjectList,
  ProjectWrite,
  ValidateConfigBody,
} from '../../../shared/api/projects';
import { requirePermission, visibleProject } from '../../access';
import {
  deleteProject,
  insertProject,
  listProjects,
  projectById,
  projectByIdForUpdate,
  updateProject,
  type ProjectListFilter,
} from '../../db/projects';
import { nowAfter, nowIso, toApiDatetime } from '../../db/time';
import { ApiError } from '../../errors';
import { IdParams } from '../../http/params';
import { absoluteUrl, json, noContent } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { configErrors } from '../../label-config';
import { allowed } from '../../access';
import { deleteAllTasks } from '../tasks/service';
import {
  PROJECT_DEFAULTS,
  applySettingsToTasks,
  assertMembersExist,
  assertNoOrphans,
  lockProjectTasks,
  presentProjects,
  saveMembers,
  toColumns,
} from './service';

const ORDERABLE = ['id', 'title', 'created_at', 'pinned_at'] as const;
/**
 * [Margin] Where the caller's day starts (their local midnight, as ISO 8601), for
 * `queue_done_today`; the server does not know the caller's time zone.
 */
const TodayFrom = DatetimeInput.transform((v) => toApiDatetime(v) ?? v).optional();

const ListQuery = z.object({
  page: QueryInt(1, 1_000_000).optional(),
  page_size: QueryInt(1, 100).optional(),
  ids: z
    .string()
    .regex(/^\d+(,\d+)*$/, 'A comma-separated list of ids.')
    .transform((v) => v.split(',').map(Number))
    .pipe(z.array(Id))
    .optional(),
  title: z.string().max(200).optional(),
  ordering: z.string().max(200).optional(),
  today_from: TodayFrom,
});

/** Detail takes only `today_from`. */
const DetailQuery = z.object({ today_from: TodayFrom });

function parseOrdering(value: string | undefined): ProjectListFilter['ordering'] {
  if (!value)
    return [
      { column: 'pinned_at', desc: true },
      { column: 'created_at', desc: true },
    ];
  return value.split(',').map((raw) => {
    const desc = raw.startsWith('-');
    const column = raw.replace(/^-/, '') as (typeof ORDERABLE)[number];
    if (!ORDERABLE.includes(column)) {
      throw new ApiError(400, `Cannot order by "${column}"; use one of ${ORDERABLE.join(', ')}.`);
    }
    return { column, desc };
  });
}

export function registerProjectRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'get',
      path: '/api/projects',
      tag: 'Projects',
      summary: 'List projects (pinned first, newest first)',
      auth: 'user',
      query: ListQuery,
      responses: { 200: { description: 'OK', schema: ProjectList } },
    },
    async (c, { user, query }) => {
      const { db } = c.get('deps');
      const page = query.page ?? 1;
      const pageSize = query.page_size ?? 30;
      const { count, rows } = await listProjects(db.kysely, {
        ids: query.ids,
        title: query.title,
        memberId: allowed(user, 'projects.manage') ? undefined : user.id,
        ordering: parseOrdering(query.ordering),
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      if (page > 1 && rows.length === 0) throw new ApiError(404, 'Invalid page.');
      return json(c, {
        count,
        next:
          page * pageSize < count ? absoluteUrl(c, { page: page + 1, page_size: pageSize }) : null,
        previous: page > 1 ? absoluteUrl(c, { page: page - 1, page_size: pageSize }) : null,
        results: await presentProjects(db.kysely, rows, user, query.today_from),
      });
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/projects',
      tag: 'Projects',
      summary: 'Create a project (admin); every field is optional',
      auth: 'user',
      body: ProjectWrite,
      responses: { 201: { description: 'Created', schema: Project } },
    },
    async (c, { user, body }) => {
      requirePermission(user, 'projects.manage');
      const { db } = c.get('deps');
      const columns = toColumns(body);
      await assertMembersExist(db.kysely, body.members);
      const now = nowIso();
      const project = await db.kysely.transaction().execute(async (trx) => {
        const row = await insertProject(trx, {
          ...PROJECT_DEFAULTS,
          ...columns,
          created_by: user.id,
          created_at: now,
          updated_at: now,
        });
        await saveMembers(trx, row.id, body.members);
        return row;
      });
      return json(c, (await presentProjects(db.kysely, [project], user))[0], 201);
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/projects/validate',
      tag: 'Projects',
      summary: 'Check a label config (no auth): 204, or 400 {"label_config": [message]}',
      auth: 'public',
      body: ValidateConfigBody,
      responses: { 204: { description: 'Valid' }, 400: { description: 'Invalid' } },
    },
    (c, { body }) => {
      const errors = configErrors(body.label_config);
      return errors.length ? json(c, { label_config: errors }, 400) : noContent(c);
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/projects/:id',
      tag: 'Projects',
      summary: 'Get a project',
      auth: 'user',
      params: IdParams,
      query: DetailQuery,
      responses: { 200: { description: 'OK', schema: Project } },
    },
    async (c, { user, params, query }) => {
      const { db } = c.get('deps');
      const project = await visibleProject(db.kysely, user, params.id);
      return json(c, (await presentProjects(db.kysely, [project], user, query.today_from))[0]);
    },
  );

  addRoute(
    app,
    {
      method: 'patch',
      path: '/api/projects/:id',
      tag: 'Projects',
      summary: 'Update a project (admin); a config change may not orphan stored labels',
      auth: 'user',
      params: IdParams,
      body: ProjectWrite,
      responses: { 200: { description: 'OK', schema: Project } },
    },
    async (c, { user, params, body }) => {
      requirePermission(user, 'projects.manage');
      const { db } = c.get('deps');
      const columns = toColumns(body);
      await assertMembersExist(db.kysely, body.members);
      const updated = await db.kysely.transaction().execute(async (trx) => {
        if (columns.maximum_annotations !== undefined || columns.skip_queue !== undefined) {
          await lockProjectTasks(trx, params.id, db.dialect);
        }
        const before = await projectByIdForUpdate(trx, params.id, db.dialect);
        if (!before) throw new ApiError(404, 'No Project matches the given query.');
        if (columns.label_config !== undefined && columns.label_config !== before.label_config) {
          await assertNoOrphans(trx, before, columns.label_config);
        }
        await updateProject(trx, before.id, {
          ...columns,
          updated_at: nowAfter(before.updated_at),
        });
        await saveMembers(trx, before.id, body.members);
        const after = (await projectById(trx, before.id))!;
        if (
          after.maximum_annotations !== before.maximum_annotations ||
          after.skip_queue !== before.skip_queue
        ) {
          await applySettingsToTasks(trx, after);
        }
        return (await projectById(trx, before.id))!;
      });
      return json(c, (await presentProjects(db.kysely, [updated], user))[0]);
    },
  );

  addRoute(
    app,
    {
      method: 'delete',
      path: '/api/projects/:id',
      tag: 'Projects',
      summary: 'Delete a project with its tasks, annotations and predictions (admin)',
      auth: 'user',
      params: IdParams,
      responses: { 204: { description: 'Deleted' } },
    },
    async (c, { user, params }) => {
      requirePermission(user, 'projects.manage');
      const { db } = c.get('deps');
      await db.kysely.transaction().execute(async (trx) => {
        // Tasks first, as annotation writes take them (see lockProjectTasks).
        await lockProjectTasks(trx, params.id, db.dialect);
        if (!(await projectByIdForUpdate(trx, params.id, db.dialect))) {
          throw new ApiError(404, 'No Project matches the given query.');
        }
        await deleteProject(trx, params.id);
      });
      return noContent(c);
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/projects/:id/validate',
      tag: 'Projects',
      summary: "Check a new config against a project's stored work",
      auth: 'user',
      params: IdParams,
      body: ValidateConfigBody,
      responses: {
        200: {
          description: 'Valid',
          schema: z.object({ config_essential_data_has_changed: z.boolean() }),
        },
      },
    },
    async (c, { user, params, body }) => {
      requirePermission(user, 'projects.manage');
      const { db } = c.get('deps');
      const project = await visibleProject(db.kysely, user, params.id);
      const { label_config } = toColumns({ label_config: body.label_config });
      await assertNoOrphans(db.kysely, project, label_config!);
      return json(c, { config_essential_data_has_changed: label_config !== project.label_config });
    },
  );

  addRoute(
    app,
    {
      method: 'delete',
      path: '/api/projects/:id/tasks',
      tag: 'Tasks',
      summary: "Delete all of a project's tasks (admin)",
      auth: 'user',
      params: IdParams,
      responses: { 204: { description: 'Deleted' } },
    },
    async (c, { user, params }) => {
      requirePermission(user, 'tasks.manage');
      const { db } = c.get('deps');
      await visibleProject(db.kysely, user, params.id);
      await deleteAllTasks(db, params.id);
      return noContent(c);
    },
  );
}
