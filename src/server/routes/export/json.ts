import type { AnnotationRow } from '../../db/annotations';
import type { DraftRow } from '../../db/drafts';
import type { PredictionRow } from '../../db/predictions';
import type { ReviewRow } from '../../db/reviews';
import type { UserRow } from '../../db/users';
import type { ExportBatch, Formatter, JsonTask, PredictionRef } from './types';

/** What the service loads for `needs.rows = 'json'`. */
type JsonBatch = ExportBatch<JsonTask, AnnotationRow>;

/**
 * Label Studio's JSON export: a list of tasks with their annotations. Written by hand rather
 * than through JSON.stringify so that stored JSON text (`data`, `meta`, every `result`) goes
 * out byte for byte as stored, and so no object is built per task. Key order is Label
 * Studio's. One task per line between `[` and `]`.
 */

const str = (v: string) => JSON.stringify(v);
const strOrNull = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));
const num = (v: number | null) => (v === null ? 'null' : String(v));
const bool = (v: number) => (v === 1 ? 'true' : 'false');
const raw = (v: string | null) => (v === null ? 'null' : v);

/** A review as the API shows it (api-contract.md §12), key for key. */
function reviewJson(r: ReviewRow): string {
  return (
    `{"id":${r.id},"annotation":${r.annotation_id},"created_by":${num(r.created_by)}` +
    `,"created_at":${str(r.created_at)},"accepted":${bool(r.accepted)}` +
    `,"action":${str(r.action)},"comment":${strOrNull(r.comment)}` +
    `,"fixed_annotation":${num(r.fixed_annotation_id)}}`
  );
}

function annotationJson(a: AnnotationRow, reviews: readonly ReviewRow[] | undefined): string {
  return (
    `{"id":${a.id},"completed_by":${num(a.completed_by)},"result":${raw(a.result)}` +
    `,"was_cancelled":${bool(a.was_cancelled)},"ground_truth":${bool(a.ground_truth)}` +
    `,"created_at":${str(a.created_at)},"updated_at":${str(a.updated_at)}` +
    `,"draft_created_at":${strOrNull(a.draft_created_at)},"lead_time":${num(a.lead_time)}` +
    `,"unique_id":${str(a.unique_id)},"import_id":${num(a.import_id)}` +
    `,"last_action":${strOrNull(a.last_action)},"bulk_created":${bool(a.bulk_created)}` +
    `,"task":${a.task_id},"project":${a.project_id},"updated_by":${num(a.updated_by)}` +
    `,"parent_prediction":${num(a.parent_prediction)}` +
    `,"parent_annotation":${num(a.parent_annotation)}` +
    `,"last_created_by":${num(a.last_created_by)},"reviews":${list(reviews, reviewJson)}}`
  );
}

function predictionJson(p: PredictionRow | PredictionRef): string {
  if (!('result' in p)) return String(p.id);
  return (
    `{"id":${p.id},"model_version":${str(p.model_version)},"result":${p.result}` +
    `,"score":${num(p.score)},"created_at":${str(p.created_at)},"updated_at":${str(p.updated_at)}` +
    `,"task":${p.task_id},"project":${p.project_id}}`
  );
}

function draftJson(d: DraftRow, users: ReadonlyMap<number, UserRow>): string {
  return (
    `{"id":${d.id},"user":${str(users.get(d.user_id)?.email ?? '')},"result":${raw(d.result)}` +
    `,"lead_time":${num(d.lead_time)},"was_postponed":${bool(d.was_postponed)}` +
    `,"import_id":${num(d.import_id)},"created_at":${str(d.created_at)}` +
    `,"updated_at":${str(d.updated_at)},"task":${d.task_id},"annotation":${num(d.annotation_id)}}`
  );
}

function list<T>(items: readonly T[] | undefined, each: (item: T) => string): string {
  if (!items || items.length === 0) return '[]';
  let out = '[';
  for (let i = 0; i < items.length; i++) out += (i ? ',' : '') + each(items[i]!);
  return `${out}]`;
}

function taskJson(t: JsonTask, b: JsonBatch): string {
  return (
    `{"id":${t.id},"annotations":${list(b.annotations.get(t.id), (a) => annotationJson(a, b.reviews.get(a.id)))}` +
    `,"file_upload":${strOrNull(t.file_upload)}` +
    `,"drafts":${list(b.drafts.get(t.id), (d) => draftJson(d, b.users))}` +
    `,"predictions":${list(b.predictions.get(t.id), predictionJson)}` +
    `,"data":${t.data},"meta":${t.meta}` +
    `,"created_at":${str(t.created_at)},"updated_at":${str(t.updated_at)}` +
    `,"inner_id":${t.inner_id},"total_annotations":${t.total_annotations}` +
    `,"cancelled_annotations":${t.cancelled_annotations}` +
    `,"total_predictions":${t.total_predictions},"comment_count":${t.comment_count}` +
    `,"unresolved_comment_count":${t.unresolved_comment_count}` +
    `,"last_comment_updated_at":${strOrNull(t.last_comment_updated_at)}` +
    `,"project":${t.project_id},"updated_by":${num(t.updated_by)}` +
    `,"comment_authors":${t.comment_authors}}`
  );
}

export const jsonFormat: Formatter = {
  title: 'JSON',
  description:
    "List of tasks in Label Studio's JSON format, with every annotation (skips included), " +
    'prediction ids and, on request, drafts and full predictions. Can be imported back as is.',
  extension: 'json',
  contentType: 'application/json; charset=utf-8',
  needs: (o) => ({
    rows: 'json',
    predictions: o.includePredictions ? 'full' : 'ids',
    drafts: o.includeDrafts,
    users: o.includeDrafts,
    reviews: true,
  }),
  open: () => {
    let first = true;
    return {
      batch(batch) {
        const b = batch as JsonBatch;
        let out = '';
        for (const t of b.tasks) {
          out += (first ? '[\n' : ',\n') + taskJson(t, b);
          first = false;
        }
        return out;
      },
      end: () => (first ? '[]\n' : '\n]\n'),
    };
  },
};
