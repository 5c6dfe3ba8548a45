// The last step before a submit leaves the editor: drop results of hidden controls, validate
// with the shared engine (the same rules the server applies), and on failure point at the
// first offending region so the user sees what to fix.
import { withoutHiddenResults } from '../../../../shared/annotation/hidden-results';
import { groupRegions } from '../../../../shared/annotation/regions';
import { isRelation, type ResultEntry } from '../../../../shared/annotation/result-item-types';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import {
  validateResult,
  type ValidationMode,
} from '../../../../shared/label-config/validate-result';
import { editorActions, readEditor } from '../stores/editor-store';

export type CheckOutcome =
  { ok: true; result: ResultEntry[] } | { ok: false; messages: readonly string[] };

const ITEM_PATH = /^result\[(\d+)\]/;

/** The region (or item) id a validation path points at, if any. */
export function regionOfPath(result: readonly ResultEntry[], path: string): string | undefined {
  const m = ITEM_PATH.exec(path);
  const entry = m ? result[Number(m[1])] : undefined;
  if (!entry) return undefined;
  return isRelation(entry) ? entry.from_id : entry.id;
}

/** Error paths of `checked` (a subset of `all`) renumbered to index into `all`. */
function renumber(
  errors: Record<string, readonly string[]>,
  checked: readonly ResultEntry[],
  all: readonly ResultEntry[],
): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const [path, messages] of Object.entries(errors)) {
    const m = ITEM_PATH.exec(path);
    const entry = m ? checked[Number(m[1])] : undefined;
    const key = m && entry ? path.replace(ITEM_PATH, `result[${all.indexOf(entry)}]`) : path;
    out[key] = messages;
  }
  return out;
}

export function checkResult(
  config: LabelConfig,
  data: Record<string, unknown>,
  mode: Extract<ValidationMode, 'submit' | 'skip'>,
): CheckOutcome {
  const all = readEditor().result;
  const result = withoutHiddenResults(config, all);
  const errors = renumber(validateResult(config, result, data, mode), result, all);
  const paths = Object.keys(errors);
  if (paths.length === 0) return { ok: true, result };
  editorActions.validationFailed(errors);
  const regionIds = new Set(groupRegions(all).regions.map((r) => r.id));
  const first = paths.map((p) => regionOfPath(all, p)).find((id) => id && regionIds.has(id));
  if (first !== undefined) editorActions.regionSelected(first);
  return { ok: false, messages: paths.flatMap((p) => errors[p] ?? []) };
}
