import { ErrorBody } from '../../../../shared/api/errors';
import { ImportAccepted, ImportResult } from '../../../../shared/api/imports';
import {
  ApiError,
  CSRF_COOKIE,
  CSRF_HEADER,
  NetworkError,
  UnexpectedResponseError,
} from '../../../lib/api-client';
import { readCookie } from '../../../lib/cookies';

export type ImportSource =
  { kind: 'files'; files: readonly File[] } | { kind: 'json'; text: string };

export interface UploadOptions {
  projectId: number;
  source: ImportSource;
  /** Commit the good rows and report the bad ones, instead of all or nothing. */
  partial: boolean;
}

/** 202 → a job to poll; a 201 (a server that finished at once) carries the outcome itself. */
export type UploadAnswer = { job: number } | { result: ImportResult };

async function readBody(response: Response): Promise<unknown> {
  try {
    const text = await response.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The import upload: files as multipart (the server streams each part), pasted JSON as the raw
 * body. The shared API client only sends JSON, hence this one request of its own. Always
 * `async=true`: the server answers once the body is in, and the job's progress is polled.
 */
export async function uploadImport({
  projectId,
  source,
  partial,
}: UploadOptions): Promise<UploadAnswer> {
  const url = `/api/projects/${projectId}/import?async=true&partial=${partial}`;
  const headers = new Headers({ Accept: 'application/json' });
  const csrf = readCookie(CSRF_COOKIE);
  if (csrf) headers.set(CSRF_HEADER, csrf);
  let body: BodyInit;
  if (source.kind === 'json') {
    headers.set('Content-Type', 'application/json');
    body = source.text;
  } else {
    const form = new FormData();
    for (const file of source.files) form.append('file', file, file.name);
    body = form;
  }
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers, body, credentials: 'same-origin' });
  } catch (error) {
    throw new NetworkError(error);
  }
  const json = await readBody(response);
  if (!response.ok) {
    const parsed = ErrorBody.safeParse(json);
    throw new ApiError(response.status, parsed.success ? parsed.data : null);
  }
  const accepted = ImportAccepted.safeParse(json);
  if (accepted.success) return { job: accepted.data.import };
  const done = ImportResult.safeParse(json);
  if (done.success) return { result: done.data };
  throw new UnexpectedResponseError(url, done.error);
}
