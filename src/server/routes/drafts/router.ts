import { z } from 'zod';
import { Draft, DraftWrite } from '../../../shared/api/drafts';
import { allowed, visibleTask } from '../../access';
import { annotationById } from '../../db/annotations';
import {
  deleteDraftRow,
  draftById,
  draftsOfTask,
  findDraft,
  insertDraft,
  updateDraftRow,
  type DraftRow,
} from '../../db/drafts';
import { isUniqueViolation } from '../../db/errors';
import type { ProjectRow } from '../../db/projects';
import type { TaskRow } from '../../db/tasks';
import { nowAfter, nowIso } from '../../db/time';
import { usersMap, type UserRow } from '../../db/users';
import { notFound } from '../../errors';
import type { AppDeps } from '../../http/app-env';
import { IdParams } from '../../http/params';
import { json, noContent } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { assertValidResult } from '../../label-config';
import { presentDraft } from '../../present/annotations';

const TaskAnnotationParams = IdParams.extend({ aid: IdParams.shape.id });

async function present(deps: AppDeps, d: DraftRow) {
  return presentDraft(d, await usersMap(deps.db.kysely, [d.user_id]));
}

function validate(project: ProjectRow, task: TaskRow, body: DraftWrite) {
  if (body.result !== undefined) {
    assertValidResult(
      project.label_config,
      body.result,
      JSON.parse(task.data) as Record<string, unknown>,
      'draft',
    );
  }
}

/** One draft per user, task and annotation: a second save updates the first. */
async function saveDraft(
  deps: AppDeps,
  user: UserRow,
  task: TaskRow,
  project: ProjectRow,
  annotationId: number | null,
  body: DraftWrite,
) {
  validate(project, task, body);
  const db = deps.db.kysely;
  const write = async () => {
    const existing = await findDraft(db, task.id, user.id, annotationId);
    // A submit may delete the draft between the lookup and the update: then save it anew.
    const updated = existing && (await update(deps, existing, body));
    if (updated) return updated;
    const now = nowIso();
    return insertDraft(db, {
      task_id: task.id,
      project_id: project.id,
      user_id: user.id,
      annotation_id: annotationId,
      annotation_key: annotationId ?? 0,
      result:
        body.result === undefined || body.result === null ? null : JSON.stringify(body.result),
      lead_time: body.lead_time ?? null,
      was_postponed: body.was_postponed ? 1 : 0,
      import_id: body.import_id ?? null,
      created_at: now,
      updated_at: now,
    });
  };
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) return write(); // a concurrent first save won: update it instead
    throw e;
  }
}

function update(deps: AppDeps, d: DraftRow, body: DraftWrite) {
  return updateDraftRow(deps.db.kysely, d.id, {
    ...(body.result !== undefined
      ? { result: body.result === null ? null : JSON.stringify(body.result) }
      : {}),
    ...(body.lead_time !== undefined ? { lead_time: body.lead_time } : {}),
    ...(body.was_postponed !== undefined ? { was_postponed: body.was_postponed ? 1 : 0 } : {}),
    ...(body.import_id !== undefined ? { import_id: body.import_id } : {}),
    updated_at: nowAfter(d.updated_at),
  });
}

/** Drafts are private: only the owner reads or changes one by id (others get 404). */
async function ownDraft(deps: AppDeps, user: UserRow, id: number) {
  const draft = await draftById(deps.db.kysely, id);
  if (!draft || draft.user_id !== user.id) throw notFound('Draft');
  const { task, project } = await visibleTask(deps.db.kysely, user, draft.task_id);
  return { draft, task, project };
}

export function registerDraftRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'get',
      path: '/api/tasks/:id/drafts',
      tag: 'Drafts',
      summary: "A task's drafts: the caller's (reviewers and admins see all)",
      auth: 'user',
      params: IdParams,
      responses: { 200: { description: 'OK', schema: z.array(Draft) } },
    },
    async (c, { user, params }) => {
      const deps = c.get('deps');
      const { task } = await visibleTask(deps.db.kysely, user, params.id);
      const rows = await draftsOfTask(
        deps.db.kysely,
        task.id,
        allowed(user, 'annotations.view_all') ? undefined : user.id,
      );
      const users = await usersMap(
        deps.db.kysely,
        rows.map((d) => d.user_id),
      );
      return json(
        c,
        rows.map((d) => presentDraft(d, users)),
      );
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/tasks/:id/drafts',
      tag: 'Drafts',
      summary: "Save the caller's draft for a task (a second save updates it)",
      auth: 'user',
      params: IdParams,
      body: DraftWrite,
      responses: { 201: { description: 'Saved', schema: Draft } },
    },
    async (c, { user, params, body }) => {
      const deps = c.get('deps');
      const { task, project } = await visibleTask(deps.db.kysely, user, params.id);
      return json(
        c,
        await present(deps, await saveDraft(deps, user, task, project, null, body)),
        201,
      );
    },
  );

  addRoute(
    app,
    {
      method: 'post',
      path: '/api/tasks/:id/annotations/:aid/drafts',
      tag: 'Drafts',
      summary: "Save the caller's draft of changes to an annotation",
      auth: 'user',
      params: TaskAnnotationParams,
      body: DraftWrite,
      responses: { 201: { description: 'Saved', schema: Draft } },
    },
    async (c, { user, params, body }) => {
      const deps = c.get('deps');
      const { task, project } = await visibleTask(deps.db.kysely, user, params.id);
      const annotation = await annotationById(deps.db.kysely, params.aid);
      if (!annotation || annotation.task_id !== task.id) throw notFound('Annotation');
      if (annotation.completed_by !== user.id && !allowed(user, 'annotations.view_all'))
        throw notFound('Annotation');
      return json(
        c,
        await present(deps, await saveDraft(deps, user, task, project, annotation.id, body)),
        201,
      );
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/drafts/:id',
      tag: 'Drafts',
      summary: 'Get a draft (owner only)',
      auth: 'user',
      params: IdParams,
      responses: { 200: { description: 'OK', schema: Draft } },
    },
    async (c, { user, params }) => {
      const { draft } = await ownDraft(c.get('deps'), user, params.id);
      return json(c, await present(c.get('deps'), draft));
    },
  );

  for (const method of ['patch', 'put'] as const) {
    addRoute(
      app,
      {
        method,
        path: '/api/drafts/:id',
        tag: 'Drafts',
        summary: 'Update a draft (owner only)',
        auth: 'user',
        params: IdParams,
        body: DraftWrite,
        responses: { 200: { description: 'OK', schema: Draft } },
      },
      async (c, { user, params, body }) => {
        const deps = c.get('deps');
        const { draft, task, project } = await ownDraft(deps, user, params.id);
        validate(project, task, body);
        const updated = await update(deps, draft, body);
        if (!updated) throw notFound('Draft');
        return json(c, await present(deps, updated));
      },
    );
  }

  addRoute(
    app,
    {
      method: 'delete',
      path: '/api/drafts/:id',
      tag: 'Drafts',
      summary: 'Discard a draft (owner only)',
      auth: 'user',
      params: IdParams,
      responses: { 204: { description: 'Deleted' } },
    },
    async (c, { user, params }) => {
      const { draft } = await ownDraft(c.get('deps'), user, params.id);
      await deleteDraftRow(c.get('deps').db.kysely, draft.id);
      return noContent(c);
    },
  );
}
