import { z } from 'zod';
import {
  Annotation,
  AnnotationBulkCreate,
  AnnotationCreate,
  AnnotationUpdate,
  ConflictBody,
} from '../../../shared/api/annotations';
import { QueryBool } from '../../../shared/api/common';
import { ErrorBody } from '../../../shared/api/errors';
import { allowed, requirePermission, visibleTask } from '../../access';
import { annotationsOfTasks, type AnnotationRow } from '../../db/annotations';
import { usersMap, type UserRow } from '../../db/users';
import { fieldError } from '../../errors';
import type { AppDeps } from '../../http/app-env';
import { IdParams } from '../../http/params';
import { json, noContent } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { presentAnnotation } from '../../present/annotations';
import { bulkCreate } from './bulk';
import {
  assertCanEdit,
  createAnnotation,
  deleteAnnotation,
  etag,
  preconditionOf,
  updateAnnotation,
  visibleAnnotation,
} from './service';

/** The caller is usually the author, and their row is at hand: no query for it. */
async function present(deps: AppDeps, a: AnnotationRow, caller: UserRow) {
  const users =
    a.completed_by === caller.id
      ? new Map([[caller.id, caller]])
      : await usersMap(deps.db.kysely, [a.completed_by]);
  return presentAnnotation(a, users);
}

const load = (deps: AppDeps, user: UserRow, id: number) =>
  visibleAnnotation(deps.db.kysely, user, id);

const CreateQuery = z.object({ was_cancelled: QueryBool.optional() });

export function registerAnnotationRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'get',
      path: '/api/tasks/:id/annotations',
      tag: 'Annotations',
      summary: "A task's annotations, skips excluded (annotators see their own)",
      auth: 'user',
      params: IdParams,
      responses: { 200: { description: 'OK', schema: z.array(Annotation) } },
    },
    async (c, { user, params }) => {
      const { db } = c.get('deps');
      const { task } = await visibleTask(db.kysely, user, params.id);
      const rows = await annotationsOfTasks(db.kysely, [task.id], {
        includeCancelled: false,
        userId: allowed(user, 'annotations.view_all') ? undefined : user.id,
      });
      const users = await usersMap(
        db.kysely,
        rows.map((a) => a.completed_by),
      );
      return json(
        c,
        rows.map((a) => presentAnnotation(a, users)),
      );
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/tasks/:id/annotations',
      tag: 'Annotations',
      summary: 'Submit (or skip) an annotation; a repeated unique_id returns the first (200)',
      auth: 'user',
      params: IdParams,
      query: CreateQuery,
      body: AnnotationCreate,
      responses: {
        201: { description: 'Created', schema: Annotation },
        200: {
          description: 'Same unique_id already stored: the stored annotation',
          schema: Annotation,
        },
        409: { description: 'unique_id used by another user or task', schema: ErrorBody },
      },
    },
    async (c, { user, params, query, body }) => {
      const deps = c.get('deps');
      requirePermission(user, 'annotations.own');
      const wasCancelled = body.was_cancelled ?? query.was_cancelled ?? false;
      const { annotation, created } = await createAnnotation(
        deps.db,
        user,
        params.id,
        body,
        wasCancelled,
      );
      return json(c, await present(deps, annotation, user), created ? 201 : 200, {
        etag: etag(annotation),
      });
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/annotations/bulk',
      tag: 'Annotations',
      summary: 'Create the same annotation on many tasks, all or nothing',
      auth: 'user',
      body: AnnotationBulkCreate,
      responses: { 201: { description: 'Created', schema: z.array(z.object({ id: z.int() })) } },
    },
    async (c, { user, body }) => {
      const ids = await bulkCreate(c.get('deps').db, user, body);
      return json(
        c,
        ids.map((id) => ({ id })),
        201,
      );
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/annotations/:id',
      tag: 'Annotations',
      summary: 'Get an annotation (ETag carries its version)',
      auth: 'user',
      params: IdParams,
      responses: { 200: { description: 'OK', schema: Annotation } },
    },
    async (c, { user, params }) => {
      const { annotation } = await load(c.get('deps'), user, params.id);
      return json(c, await present(c.get('deps'), annotation, user), 200, {
        etag: etag(annotation),
      });
    },
  );

  for (const method of ['patch', 'put'] as const) {
    addRoute(
      app,
      {
        method,
        path: '/api/annotations/:id',
        tag: 'Annotations',
        summary:
          method === 'patch'
            ? 'Update an annotation; with If-Match (or body updated_at) a stale version gets 409'
            : 'Replace an annotation (result required); preconditions as PATCH',
        auth: 'user',
        params: IdParams,
        body: AnnotationUpdate,
        responses: {
          200: { description: 'OK', schema: Annotation },
          409: { description: 'Changed by someone else; nothing written', schema: ConflictBody },
        },
      },
      async (c, { user, params, body }) => {
        const deps = c.get('deps');
        if (method === 'put' && body.result === undefined)
          throw fieldError('result', 'This field is required.');
        const { annotation, task, project } = await load(deps, user, params.id);
        assertCanEdit(user, annotation, body);
        const precondition = preconditionOf(c.req.header('if-match'), body.updated_at);
        const updated = await updateAnnotation(
          deps.db,
          user,
          annotation,
          task,
          project,
          body,
          precondition,
        );
        return json(c, await present(deps, updated, user), 200, { etag: etag(updated) });
      },
    );
  }

  addRoute(
    app,
    {
      method: 'delete',
      path: '/api/annotations/:id',
      tag: 'Annotations',
      summary: 'Delete an annotation; counters follow',
      auth: 'user',
      params: IdParams,
      responses: { 204: { description: 'Deleted' } },
    },
    async (c, { user, params }) => {
      const deps = c.get('deps');
      const { annotation, project } = await load(deps, user, params.id);
      assertCanEdit(user, annotation, null);
      await deleteAnnotation(deps.db, annotation, project);
      return noContent(c);
    },
  );
}
