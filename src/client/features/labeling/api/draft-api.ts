// Server copies of the local draft (api-contract.md §11). The local draft stays the source of
// truth; these only let work follow the annotator to another device.
import { Draft, type DraftWrite } from '../../../../shared/api/drafts';
import { apiFetch } from '../../../lib/api-client';

export interface DraftBody {
  result: NonNullable<DraftWrite['result']>;
  lead_time: number;
}

export interface DraftSendOptions {
  /** Lets the request finish after the page is gone (pagehide). */
  keepalive?: boolean;
}

/** One draft per user, task and annotation: a second POST updates the first. */
export function createDraft(
  taskId: number,
  annotationId: number | null,
  body: DraftBody,
  options: DraftSendOptions = {},
): Promise<Draft> {
  const path =
    annotationId === null
      ? `/api/tasks/${taskId}/drafts`
      : `/api/tasks/${taskId}/annotations/${annotationId}/drafts`;
  return apiFetch(path, { method: 'POST', body, schema: Draft, ...keepalive(options) });
}

export function updateDraft(
  draftId: number,
  body: DraftBody,
  options: DraftSendOptions = {},
): Promise<Draft> {
  return apiFetch(`/api/drafts/${draftId}`, {
    method: 'PATCH',
    body,
    schema: Draft,
    ...keepalive(options),
  });
}

const keepalive = (options: DraftSendOptions) => (options.keepalive ? { keepalive: true } : {});
