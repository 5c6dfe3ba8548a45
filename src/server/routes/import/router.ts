import { z } from 'zod';
import { QueryBool } from '../../../shared/api/common';
import { ErrorBody } from '../../../shared/api/errors';
import { ImportAccepted, ImportJob, ImportResult } from '../../../shared/api/imports';
import { requirePermission, visibleProject } from '../../access';
import { jobById } from '../../db/imports';
import { ApiError, notFound } from '../../errors';
import { requestHeader } from '../../http/headers';
import { IdParams } from '../../http/params';
import { json } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { mediaTypeOf } from './formats';
import { formatOfMediaType } from './items';
import { failStale, presentJob, startJob } from './jobs';
import { runImport, type ImportOptions } from './service';
import { spoolBody } from './source';

const ImportQuery = z.object({
  return_task_ids: QueryBool.optional(),
  commit_to_project: QueryBool.optional(),
  partial: QueryBool.optional(),
  async: QueryBool.optional(),
});

const JobParams = z.object({
  id: IdParams.shape.id,
  job: IdParams.shape.id,
});

export function registerImportRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'post',
      path: '/api/projects/:id/import',
      tag: 'Import',
      summary: 'Import tasks (JSON, JSONL, CSV, TSV, TXT; raw or multipart files)',
      description:
        'A JSON list of tasks or one task; or files in multipart/form-data; or a raw CSV/TSV/text body. ' +
        'Bodies over 10 MB, or `async=true`, answer 202 with a job to poll.',
      auth: 'user',
      params: IdParams,
      query: ImportQuery,
      responses: {
        201: { description: 'Imported', schema: ImportResult },
        202: { description: 'Import job started', schema: ImportAccepted },
        400: { description: 'Invalid rows or body', schema: ErrorBody },
        413: { description: 'Body over the import limit', schema: ErrorBody },
      },
    },
    async (c, { user, params, query }) => {
      const { db, config, log } = c.get('deps');
      const started = performance.now();
      const project = await visibleProject(db.kysely, user, params.id);
      requirePermission(user, 'tasks.manage');
      const type = mediaTypeOf(requestHeader(c, 'content-type') ?? '');
      if (formatOfMediaType(type) === undefined)
        throw new ApiError(415, `Unsupported media type "${type}" in request.`);
      const options: ImportOptions = {
        commit: query.commit_to_project ?? true,
        partial: query.partial ?? false,
        returnTaskIds: query.return_task_ids ?? false,
      };
      // Past the ordinary body limit the body goes to a temp file and the import to a job.
      const source = await spoolBody(c, {
        limit: config.importBodyLimit,
        memoryLimit: config.bodyLimit,
      });
      const run = { db, project, importer: user, source, options };
      if (query.async || source.spooled) {
        // Once started, the job owns the source and disposes of it.
        const jobId = await startJob(run, log).catch(async (e: unknown) => {
          await source.dispose();
          throw e;
        });
        return json(c, { import: jobId }, 202);
      }
      try {
        const outcome = await runImport({ ...run, jobId: null });
        const body: ImportResult = {
          task_count: outcome.taskCount,
          annotation_count: outcome.annotationCount,
          prediction_count: outcome.predictionCount,
          duration: (performance.now() - started) / 1000,
          file_upload_ids: [],
          could_be_tasks_list: false,
          found_formats: [],
          data_columns: [],
          ...(options.returnTaskIds ? { task_ids: outcome.taskIds } : {}),
          ...(options.partial ? { errors: outcome.errors } : {}),
        };
        return json(c, body, 201);
      } finally {
        await source.dispose();
      }
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/projects/:id/imports/:job',
      tag: 'Import',
      summary: 'Progress and outcome of a background import',
      auth: 'user',
      params: JobParams,
      responses: { 200: { description: 'OK', schema: ImportJob } },
    },
    async (c, { user, params }) => {
      const { db } = c.get('deps');
      const project = await visibleProject(db.kysely, user, Number(params.id));
      requirePermission(user, 'tasks.manage');
      await failStale(db, { projectId: project.id });
      const job = await jobById(db.kysely, project.id, Number(params.job));
      if (!job) throw notFound('Import');
      return json(c, presentJob(job));
    },
  );
}
