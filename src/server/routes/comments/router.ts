import { z } from 'zod';
import { Comment, CommentCreate, CommentUpdate } from '../../../shared/api/comments';
import { MAX_ID, QueryInt } from '../../../shared/api/common';
import { allowed, visibleTaskOnly } from '../../access';
import { listComments } from '../../db/comments';
import { fieldError } from '../../errors';
import { IdParams } from '../../http/params';
import { json, noContent } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { presentComment } from '../../present/reviews';
import { visibleAnnotation } from '../annotations/service';
import { createComment, deleteComment, updateComment, visibleComment } from './service';

const ListQuery = z.object({
  annotation: QueryInt(1, MAX_ID).optional(),
  task: QueryInt(1, MAX_ID).optional(),
});

/** Comments on annotations (api-contract.md §12). */
export function registerCommentRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'get',
      path: '/api/comments',
      tag: 'Comments',
      summary:
        'Comments of an annotation or a task, oldest first (annotators see those on their own annotations)',
      auth: 'user',
      query: ListQuery,
      responses: { 200: { description: 'OK', schema: z.array(Comment) } },
    },
    async (c, { user, query }) => {
      const { db } = c.get('deps');
      if (query.annotation === undefined && query.task === undefined)
        throw fieldError('annotation', 'Give "annotation" or "task".');
      let taskId = query.task;
      if (query.annotation !== undefined) {
        const { annotation } = await visibleAnnotation(db.kysely, user, query.annotation);
        if (taskId !== undefined && taskId !== annotation.task_id)
          throw fieldError('annotation', 'This annotation is not on the given task.');
        taskId = annotation.task_id;
      } else if (taskId !== undefined) {
        await visibleTaskOnly(db.kysely, user, taskId);
      }
      const rows = await listComments(db.kysely, {
        annotationId: query.annotation,
        taskId,
        authorOf: allowed(user, 'comments.any') ? undefined : user.id,
      });
      return json(c, rows.map(presentComment));
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/comments',
      tag: 'Comments',
      summary:
        "Comment on an annotation (reviewers and admins on any, annotators on their own); the task's comment counters follow",
      auth: 'user',
      body: CommentCreate,
      responses: { 201: { description: 'Created', schema: Comment } },
    },
    async (c, { user, body }) =>
      json(c, presentComment(await createComment(c.get('deps').db, user, body)), 201),
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/comments/:id',
      tag: 'Comments',
      summary: 'Get a comment',
      auth: 'user',
      params: IdParams,
      responses: { 200: { description: 'OK', schema: Comment } },
    },
    async (c, { user, params }) =>
      json(c, presentComment(await visibleComment(c.get('deps').db, user, params.id))),
  );

  addRoute(
    app,
    {
      method: 'patch',
      path: '/api/comments/:id',
      tag: 'Comments',
      summary: 'Edit the text (its author) or resolve / reopen (its author, reviewers, admins)',
      auth: 'user',
      params: IdParams,
      body: CommentUpdate,
      responses: { 200: { description: 'OK', schema: Comment } },
    },
    async (c, { user, params, body }) => {
      const { db } = c.get('deps');
      const comment = await visibleComment(db, user, params.id);
      return json(c, presentComment(await updateComment(db, user, comment, body)));
    },
  );

  addRoute(
    app,
    {
      method: 'delete',
      path: '/api/comments/:id',
      tag: 'Comments',
      summary: "Delete a comment (its author, or an admin); the task's comment counters follow",
      auth: 'user',
      params: IdParams,
      responses: { 204: { description: 'Deleted' } },
    },
    async (c, { user, params }) => {
      const { db } = c.get('deps');
      await deleteComment(db, user, await visibleComment(db, user, params.id));
      return noContent(c);
    },
  );
}
