import { z } from 'zod';
import { MAX_ID, QueryInt } from '../../../shared/api/common';
import { Prediction, PredictionCreate, PredictionUpdate } from '../../../shared/api/predictions';
import { requirePermission, visibleProject, visibleTask } from '../../access';
import type { Db } from '../../db/connect';
import { isIgnoreSkipped, refreshTaskCounters } from '../../db/counters';
import {
  deletePredictionRow,
  insertPrediction,
  listPredictions,
  predictionById,
  updatePredictionRow,
} from '../../db/predictions';
import { nowAfter, nowIso } from '../../db/time';
import type { UserRow } from '../../db/users';
import { fieldError, notFound } from '../../errors';
import { IdParams } from '../../http/params';
import { json, noContent } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { assertValidResult } from '../../label-config';
import { presentPrediction } from '../../present/annotations';

const ListQuery = z.object({
  task: QueryInt(1, MAX_ID).optional(),
  project: QueryInt(1, MAX_ID).optional(),
});

async function load(db: Db, user: UserRow, id: number) {
  const prediction = await predictionById(db.kysely, id);
  if (!prediction) throw notFound('Prediction');
  const { task, project } = await visibleTask(db.kysely, user, prediction.task_id).catch(() => {
    throw notFound('Prediction');
  });
  return { prediction, task, project };
}

export function registerPredictionRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'get',
      path: '/api/predictions',
      tag: 'Predictions',
      summary: 'List predictions of a task or a project',
      auth: 'user',
      query: ListQuery,
      responses: { 200: { description: 'OK', schema: z.array(Prediction) } },
    },
    async (c, { user, query }) => {
      const { db } = c.get('deps');
      if (query.task !== undefined) {
        const { task } = await visibleTask(db.kysely, user, query.task);
        // Both filters apply, as in Label Studio: a task outside the given project has none.
        const rows =
          query.project === undefined || query.project === task.project_id
            ? await listPredictions(db.kysely, { taskIds: [task.id] })
            : [];
        return json(
          c,
          rows.map((p) => presentPrediction(p)),
        );
      }
      requirePermission(user, 'tasks.view_all');
      if (query.project === undefined) throw fieldError('project', 'Give "task" or "project".');
      await visibleProject(db.kysely, user, query.project);
      return json(
        c,
        (await listPredictions(db.kysely, { projectId: query.project })).map((p) =>
          presentPrediction(p),
        ),
      );
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/predictions',
      tag: 'Predictions',
      summary: 'Create a prediction for a task (admin); its result is validated',
      auth: 'user',
      body: PredictionCreate,
      responses: { 201: { description: 'Created', schema: Prediction } },
    },
    async (c, { user, body }) => {
      const { db } = c.get('deps');
      requirePermission(user, 'predictions.manage');
      const { task, project } = await visibleTask(db.kysely, user, body.task);
      assertValidResult(project.label_config, body.result, JSON.parse(task.data), 'prediction');
      const now = nowIso();
      const row = await db.kysely.transaction().execute(async (trx) => {
        const inserted = await insertPrediction(trx, {
          task_id: task.id,
          project_id: project.id,
          result: JSON.stringify(body.result),
          model_version: body.model_version ?? (project.model_version || 'undefined'),
          score: body.score ?? null,
          created_at: now,
          updated_at: now,
        });
        await trx
          .updateTable('tasks')
          .set({ updated_by: user.id })
          .where('id', '=', task.id)
          .execute();
        await refreshTaskCounters(trx, project.id, [task.id], isIgnoreSkipped(project));
        return inserted;
      });
      return json(c, presentPrediction(row), 201);
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/predictions/:id',
      tag: 'Predictions',
      summary: 'Get a prediction',
      auth: 'user',
      params: IdParams,
      responses: { 200: { description: 'OK', schema: Prediction } },
    },
    async (c, { user, params }) =>
      json(c, presentPrediction((await load(c.get('deps').db, user, params.id)).prediction)),
  );

  for (const method of ['patch', 'put'] as const) {
    addRoute(
      app,
      {
        method,
        path: '/api/predictions/:id',
        tag: 'Predictions',
        summary: 'Update a prediction (admin)',
        auth: 'user',
        params: IdParams,
        body: PredictionUpdate,
        responses: { 200: { description: 'OK', schema: Prediction } },
      },
      async (c, { user, params, body }) => {
        const { db } = c.get('deps');
        requirePermission(user, 'predictions.manage');
        const { prediction, task, project } = await load(db, user, params.id);
        if (method === 'put' && body.result === undefined)
          throw fieldError('result', 'This field is required.');
        if (body.task !== undefined && body.task !== task.id)
          throw fieldError('task', 'A prediction cannot move to another task.');
        if (body.result !== undefined)
          assertValidResult(project.label_config, body.result, JSON.parse(task.data), 'prediction');
        const row = await updatePredictionRow(db.kysely, prediction.id, {
          ...(body.result !== undefined ? { result: JSON.stringify(body.result) } : {}),
          ...(body.model_version !== undefined ? { model_version: body.model_version } : {}),
          ...(body.score !== undefined ? { score: body.score } : {}),
          updated_at: nowAfter(prediction.updated_at),
        });
        return json(c, presentPrediction(row));
      },
    );
  }

  addRoute(
    app,
    {
      method: 'delete',
      path: '/api/predictions/:id',
      tag: 'Predictions',
      summary: 'Delete a prediction (admin)',
      auth: 'user',
      params: IdParams,
      responses: { 204: { description: 'Deleted' } },
    },
    async (c, { user, params }) => {
      const { db } = c.get('deps');
      requirePermission(user, 'predictions.manage');
      const { prediction, project } = await load(db, user, params.id);
      await db.kysely.transaction().execute(async (trx) => {
        await deletePredictionRow(trx, prediction.id);
        await refreshTaskCounters(trx, project.id, [prediction.task_id], isIgnoreSkipped(project));
      });
      return noContent(c);
    },
  );
}
