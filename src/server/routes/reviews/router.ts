import { z } from 'zod';
import { ConflictBody } from '../../../shared/api/annotations';
import { ErrorBody } from '../../../shared/api/errors';
import { Review, ReviewCreate, ReviewNext, ReviewQueuePage } from '../../../shared/api/reviews';
import { requirePermission, visibleProject } from '../../access';
import { reviewsOfAnnotation } from '../../db/reviews';
import { oldestWaiting, waitingPage } from '../../db/review-queue';
import { taskById } from '../../db/tasks';
import { usersMap } from '../../db/users';
import { ApiError, notFound } from '../../errors';
import { IdParams } from '../../http/params';
import { absoluteUrl, json, noContent } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { presentAnnotation } from '../../present/annotations';
import { presentReview } from '../../present/reviews';
import { preconditionOf, visibleAnnotation } from '../annotations/service';
import { taskDetail } from '../tasks/service';
import { QueueFilters, QueuePageQuery, presentQueueRows, queueFilter } from './queue';
import { createReview, deleteReview, reviewable, visibleReview } from './service';

/** Review (api-contract.md §12): verdicts on annotations, and the queue of those waiting. */
export function registerReviewRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'post',
      path: '/api/annotations/:id/review',
      tag: 'Review',
      summary:
        'Accept, reject or fix an annotation (reviewer, admin); with If-Match (or body updated_at) a stale version gets 409',
      auth: 'user',
      params: IdParams,
      body: ReviewCreate,
      responses: {
        201: { description: 'Created', schema: Review },
        409: { description: 'Changed by someone else; nothing written', schema: ConflictBody },
      },
    },
    async (c, { user, params, body }) => {
      const { db } = c.get('deps');
      const { annotation, project } = await reviewable(db, user, params.id);
      const precondition = preconditionOf(c.req.header('if-match'), body.updated_at);
      const review = await createReview(db, user, annotation, project, body, precondition);
      return json(c, presentReview(review), 201);
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/annotations/:id/reviews',
      tag: 'Review',
      summary: "An annotation's reviews, oldest first (reviewers, admins, and its author)",
      auth: 'user',
      params: IdParams,
      responses: { 200: { description: 'OK', schema: z.array(Review) } },
    },
    async (c, { user, params }) => {
      const { db } = c.get('deps');
      const { annotation } = await visibleAnnotation(db.kysely, user, params.id);
      const rows = await reviewsOfAnnotation(db.kysely, annotation.id);
      return json(c, rows.map(presentReview));
    },
  );

  addRoute(
    app,
    {
      method: 'delete',
      path: '/api/reviews/:id',
      tag: 'Review',
      summary:
        "Delete a review (its author, or an admin); the annotation's last_action becomes deleted_review",
      auth: 'user',
      params: IdParams,
      responses: { 204: { description: 'Deleted' } },
    },
    async (c, { user, params }) => {
      const { db } = c.get('deps');
      const { review, project } = await visibleReview(db, user, params.id);
      await deleteReview(db, user, review, project);
      return noContent(c);
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/projects/:id/review/next',
      tag: 'Review',
      summary:
        'The oldest submitted annotation waiting for review, with its task (reviewer, admin)',
      auth: 'user',
      params: IdParams,
      query: QueueFilters,
      responses: {
        200: { description: 'OK', schema: ReviewNext },
        404: { description: 'Nothing waits for review', schema: ErrorBody },
      },
    },
    async (c, { user, params, query }) => {
      const { db } = c.get('deps');
      requirePermission(user, 'annotations.review');
      await visibleProject(db.kysely, user, params.id);
      const filter = await queueFilter(db, params.id, query);
      const annotation = await oldestWaiting(db.kysely, db.dialect, filter);
      if (!annotation) throw new ApiError(404, 'No annotations to review');
      const task = await taskById(db.kysely, annotation.task_id);
      if (!task) throw notFound('Task');
      const users = await usersMap(db.kysely, [annotation.completed_by]);
      return json(c, {
        task: await taskDetail(db.kysely, task, user),
        annotation: presentAnnotation(annotation, users),
      });
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/projects/:id/review/queue',
      tag: 'Review',
      summary: 'Annotations waiting for review, oldest first, one page (reviewer, admin)',
      auth: 'user',
      params: IdParams,
      query: QueuePageQuery,
      responses: { 200: { description: 'OK', schema: ReviewQueuePage } },
    },
    async (c, { user, params, query }) => {
      const { db } = c.get('deps');
      requirePermission(user, 'annotations.review');
      await visibleProject(db.kysely, user, params.id);
      const filter = await queueFilter(db, params.id, query);
      const page = query.page ?? 1;
      const pageSize = query.page_size ?? 30;
      const { count, rows } = await waitingPage(db.kysely, db.dialect, filter, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      if (page > 1 && rows.length === 0) throw new ApiError(404, 'Invalid page.');
      return json(c, {
        count,
        next:
          page * pageSize < count ? absoluteUrl(c, { page: page + 1, page_size: pageSize }) : null,
        previous: page > 1 ? absoluteUrl(c, { page: page - 1, page_size: pageSize }) : null,
        results: await presentQueueRows(db, rows),
      });
    },
  );
}
