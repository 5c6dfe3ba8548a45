import { z } from 'zod';
import { MAX_ID, QueryInt } from '../../../shared/api/common';
import { NextTask, ReleaseLock, StreamHistory } from '../../../shared/api/stream';
import { visibleProject } from '../../access';
import { reworkAnnotationIds } from '../../db/reviews';
import { IdParams } from '../../http/params';
import { json, jsonWithStoredData, noContent } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { ApiError } from '../../errors';
import { taskDetail } from '../tasks/service';
import { nextTask, releaseLocks, streamHistory } from './service';
import { extend } from '../../present/extend';

const ReleaseQuery = z.object({ task: QueryInt(1, MAX_ID).optional() });
/** [Margin] `exclude`: the task on screen, kept locked while the next one is prefetched. */
const NextQuery = z.object({ exclude: QueryInt(1, MAX_ID).optional() });

/** The labeling stream (api-contract.md §11): next task, give it back, history. */
export function registerStreamRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'get',
      path: '/api/projects/:id/next',
      tag: 'Stream',
      summary: 'Next task for the caller, locked for the project’s lock_ttl',
      description:
        'Rejected work comes first: a task whose annotation by the caller a reviewer rejected is ' +
        'offered back (queue "Rework queue") with that annotation in `annotations`.',
      auth: 'user',
      params: IdParams,
      query: NextQuery,
      responses: {
        200: { description: 'OK', schema: NextTask },
        204: { description: 'With `exclude` [Margin]: nothing to prefetch after that task' },
        404: { description: 'Nothing left for the caller' },
      },
    },
    async (c, { user, params, query }) => {
      const { db } = c.get('deps');
      await visibleProject(db.kysely, user, params.id);
      const picked = await nextTask(db, params.id, user, query.exclude);
      if (!picked) {
        // A prefetch that finds nothing is an answer, not a failure the browser should log.
        if (query.exclude !== undefined) return noContent(c);
        throw new ApiError(404, `There are no tasks for ${user.email}`);
      }
      const detail = await taskDetail(db.kysely, picked.task, user, { storedData: true });
      // Rework: the rejected annotation comes along, to be corrected and submitted again.
      const rework = picked.rework
        ? new Set(await reworkAnnotationIds(db.kysely, picked.task.id, user.id))
        : undefined;
      const body = extend(detail, {
        annotations: rework ? detail.annotations.filter((a) => rework.has(a.id)) : [],
        unique_lock_id: picked.lockId,
        queue: picked.queue,
      });
      return jsonWithStoredData(c, body, picked.task.data);
    },
  );

  addRoute(
    app,
    {
      method: 'delete',
      path: '/api/projects/:id/next',
      tag: 'Stream',
      summary: 'Give back the caller’s stream lock (on `task`, or every lock in the project)',
      auth: 'user',
      params: IdParams,
      query: ReleaseQuery,
      body: ReleaseLock,
      responses: { 204: { description: 'Released' } },
    },
    async (c, { user, params, query, body }) => {
      const { db } = c.get('deps');
      await visibleProject(db.kysely, user, params.id);
      await releaseLocks(db, params.id, user.id, body.task ?? query.task);
      return noContent(c);
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/projects/:id/label-stream-history',
      tag: 'Stream',
      summary: 'The caller’s last 100 annotations in the project, newest first',
      auth: 'user',
      params: IdParams,
      responses: { 200: { description: 'OK', schema: StreamHistory } },
    },
    async (c, { user, params }) => {
      const { db } = c.get('deps');
      await visibleProject(db.kysely, user, params.id);
      return json(c, await streamHistory(db, params.id, user.id));
    },
  );
}
