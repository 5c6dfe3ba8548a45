import type { Task } from '../../shared/api/tasks';
import type { TaskRow } from '../db/tasks';

const LIST_CUT = 200;

/** Long strings in `data` are cut in lists so a page stays small (api-contract.md §10). */
function cutLongValues(data: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(data)) {
    if (typeof v === 'string' && v.length > LIST_CUT) {
      out ??= { ...data };
      // Never end on half of a surrogate pair (an emoji): the client would get a broken string.
      out[k] = v.slice(0, /[\uD800-\uDBFF]/.test(v.charAt(LIST_CUT - 1)) ? LIST_CUT - 1 : LIST_CUT);
    }
  }
  return out ?? data;
}

/** Stands in for `data` when the answer splices the stored text in (`jsonWithStoredData`). */
export const STORED_DATA: Record<string, unknown> = Object.freeze({});

export interface PresentTaskOptions {
  /** Lists cut long strings. */
  cut?: boolean;
  /** Leave `data` as STORED_DATA: the caller sends the stored JSON text as it is. */
  storedData?: boolean;
}

export function presentTask(t: TaskRow, opts: PresentTaskOptions = {}): Task {
  const data = opts.storedData ? STORED_DATA : (JSON.parse(t.data) as Record<string, unknown>);
  return {
    id: t.id,
    data: opts.cut ? cutLongValues(data) : data,
    meta: JSON.parse(t.meta) as Record<string, unknown>,
    created_at: t.created_at,
    updated_at: t.updated_at,
    is_labeled: t.is_labeled === 1,
    overlap: t.overlap,
    inner_id: t.inner_id,
    total_annotations: t.total_annotations,
    cancelled_annotations: t.cancelled_annotations,
    total_predictions: t.total_predictions,
    comment_count: t.comment_count,
    unresolved_comment_count: t.unresolved_comment_count,
    last_comment_updated_at: t.last_comment_updated_at,
    project: t.project_id,
    updated_by: t.updated_by,
    file_upload: t.file_upload,
    comment_authors: JSON.parse(t.comment_authors) as number[],
  };
}
