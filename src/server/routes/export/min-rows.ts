import type { LabelConfig } from '../../../shared/label-config/label-config';
import type { ExportBatch, MinAnnotation, MinTask } from './types';

/**
 * Rows of JSON_MIN, CSV and TSV, as Label Studio's converter builds them
 * (`label_studio_converter`: `annotation_result_from_task`, `prettify_result`):
 *
 * - one row per non-cancelled annotation, newest first within a task; a task with no
 *   annotation at all gives one row of its data and `id`; a task with only skips gives none;
 * - the task's data keys, then `id` (the task id; it overrides a data key of that name), then
 *   one key per control `from_name` found in the result (items naming no control of the
 *   config, relations among them, are left out), then `annotator` (email), `annotation_id`,
 *   `created_at`, `updated_at`, `lead_time`;
 * - a control's value is the list of its items' `value`s (plus `original_width`/`height` on
 *   image items); a Choices item with one choice becomes that string, a TextArea item with one
 *   text that string, and a Choices or TextArea control with a single item is not wrapped in
 *   a list.
 *
 * Rows are null-prototype objects: a data key `__proto__` stays a plain key.
 */
export type MinRow = Record<string, unknown>;

export const ANNOTATION_KEYS = [
  'annotator',
  'annotation_id',
  'created_at',
  'updated_at',
  'lead_time',
] as const;

const COLLAPSING = new Set(['Choices', 'TextArea']);

type Value = Record<string, unknown>;

function itemValue(tag: string, item: Record<string, unknown>): unknown {
  const value = (item.value && typeof item.value === 'object' ? item.value : {}) as Value;
  if (tag === 'Choices' && Array.isArray(value.choices) && value.choices.length === 1)
    return value.choices[0];
  if (tag === 'TextArea' && Array.isArray(value.text) && value.text.length === 1)
    return value.text[0];
  if ('original_width' in item || 'original_height' in item) {
    const out: Value = { ...value };
    if ('original_width' in item) out.original_width = item.original_width;
    if ('original_height' in item) out.original_height = item.original_height;
    return out;
  }
  return value;
}

/** `from_name` → its value in the row, in the order the names first appear in the result. */
export function controlValues(
  config: LabelConfig,
  resultText: string | null,
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (resultText === null) return out;
  const result = JSON.parse(resultText) as unknown;
  if (!Array.isArray(result)) return out;
  const grouped = new Map<string, { tag: string; values: unknown[] }>();
  for (const item of result as Record<string, unknown>[]) {
    if (!item || typeof item !== 'object' || typeof item.from_name !== 'string') continue;
    const control = config.controls.get(item.from_name);
    if (!control) continue;
    let group = grouped.get(item.from_name);
    if (!group) grouped.set(item.from_name, (group = { tag: control.tag, values: [] }));
    group.values.push(itemValue(control.tag, item));
  }
  for (const [name, { tag, values }] of grouped)
    out.set(name, COLLAPSING.has(tag) && values.length === 1 ? values[0] : values);
  return out;
}

function dataRow(t: MinTask): MinRow {
  const row = Object.create(null) as MinRow;
  const data = JSON.parse(t.data) as unknown;
  if (data && typeof data === 'object' && !Array.isArray(data)) Object.assign(row, data);
  row.id = t.id;
  return row;
}

/** Newest first, as Label Studio sorts (`created_at` descending); id breaks ties. */
const newestFirst = (a: MinAnnotation, b: MinAnnotation) =>
  a.created_at === b.created_at ? b.id - a.id : a.created_at < b.created_at ? 1 : -1;

/** Calls `emit` for each row of the batch, in order. */
export function forEachMinRow(
  config: LabelConfig,
  b: ExportBatch,
  emit: (row: MinRow) => void,
): void {
  for (const t of b.tasks) {
    const all = b.annotations.get(t.id);
    if (!all || all.length === 0) {
      emit(dataRow(t));
      continue;
    }
    const submitted = all.filter((a) => a.was_cancelled === 0).sort(newestFirst);
    for (const a of submitted) {
      const row = dataRow(t);
      for (const [name, value] of controlValues(config, a.result)) row[name] = value;
      row.annotator =
        a.completed_by === null ? null : (b.users.get(a.completed_by)?.email ?? a.completed_by);
      row.annotation_id = a.id;
      row.created_at = a.created_at;
      row.updated_at = a.updated_at;
      row.lead_time = a.lead_time;
      emit(row);
    }
  }
}

/** Keys of the data of these tasks, in order of first appearance. */
export function dataKeys(tasks: readonly MinTask[]): string[] {
  const keys = new Set<string>();
  for (const t of tasks) {
    const data = JSON.parse(t.data) as unknown;
    if (data && typeof data === 'object' && !Array.isArray(data))
      for (const k of Object.keys(data)) keys.add(k);
  }
  return [...keys];
}
