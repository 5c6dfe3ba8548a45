import { z } from 'zod';
import { ExportFormat, ExportQuery } from '../../../shared/api/exports';
import { requirePermission, visibleProject } from '../../access';
import { IdParams } from '../../http/params';
import { json } from '../../http/respond';
import { addRoute, type AppHono } from '../../http/route';
import { FORMATS, formatList } from './formats';
import { exportChunks, exportFileName, toByteStream } from './service';
import type { ExportOptions } from './types';

/** `ids[]` and `ids` together, sorted and unique; null when neither was given. */
function idFilter(query: ExportQuery): number[] | null {
  if (query.ids === undefined && query['ids[]'] === undefined) return null;
  return [...new Set([...(query.ids ?? []), ...(query['ids[]'] ?? [])])].sort((a, b) => a - b);
}

export function registerExportRoutes(app: AppHono): void {
  addRoute(
    app,
    {
      method: 'get',
      path: '/api/projects/:id/export/formats',
      tag: 'Export',
      summary: 'Export formats (reviewer, admin)',
      auth: 'user',
      params: IdParams,
      responses: { 200: { description: 'OK', schema: z.array(ExportFormat) } },
    },
    async (c, { user, params }) => {
      requirePermission(user, 'projects.export');
      await visibleProject(c.get('deps').db.kysely, user, params.id);
      return json(c, formatList());
    },
  );

  addRoute(
    app,
    {
      method: 'get',
      path: '/api/projects/:id/export',
      tag: 'Export',
      summary: 'Export the project as a file (reviewer, admin)',
      description:
        'Streamed in keyset batches with constant memory. `exportType` (or `export_type`): ' +
        'JSON (default), JSON_MIN, CSV, TSV. By default only tasks with at least one ' +
        'annotation (skips included); `download_all_tasks=true` for all, `ids[]` to pick.',
      auth: 'user',
      params: IdParams,
      query: ExportQuery,
      responses: {
        200: { description: 'The file, as an attachment' },
        400: { description: 'Unknown export type or bad parameter' },
        403: { description: 'Annotators may not export' },
        404: { description: 'No such project' },
      },
    },
    async (c, { user, params, query }) => {
      const { db, log } = c.get('deps');
      requirePermission(user, 'projects.export');
      const project = await visibleProject(db.kysely, user, params.id);
      const type = query.exportType ?? query.export_type ?? 'JSON';
      const formatter = FORMATS[type];
      const options: ExportOptions = {
        allTasks: query.download_all_tasks ?? false,
        ids: idFilter(query),
        includeDrafts: query.include_drafts ?? false,
        includePredictions: query.include_predictions ?? false,
      };
      const requestId = c.get('requestId');
      const body = await toByteStream(exportChunks(db, project, options, formatter), (err) =>
        log.error('export failed while streaming', {
          id: requestId,
          project: project.id,
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        }),
      );
      const filename = exportFileName(project.id, formatter.extension);
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': formatter.contentType,
          'content-disposition': `attachment; filename="${filename}"`,
          'cache-control': 'no-store',
        },
      });
    },
  );
}
