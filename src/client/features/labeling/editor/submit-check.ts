// The last step before a submit leaves the editor: drop results of hidden controls, validate
// with the shared engine (the same rules the server applies), and on failure point at the
// first offending region so the user sees what to fix.
import { withoutHiddenResults } from '../../../../shared/annotation/hidden-results';
import { groupRegions } from '../../../../shared/annotation/regions';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import { regionIdOf, reindexPath, targetOfPath } from '../../../../shared/annotation/result-paths';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import {
  validateResult,
  type ValidationMode,
} from '../../../../shared/label-config/validate-result';
import { editorActions, readEditor } from '../stores/editor-store';

export type CheckOutcome =
  { ok: true; result: ResultEntry[] } | { ok: false; messages: readonly string[] };

/** Error paths of `checked` (a subset of `all`) renumbered to index into `all`. */
function renumber(
  errors: Record<string, readonly string[]>,
  checked: readonly ResultEntry[],
  all: readonly ResultEntry[],
): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const [path, messages] of Object.entries(errors))
    out[reindexPath(path, checked, all)] = messages;
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
  const first = paths
    .map((p) => targetOfPath(all, p)?.entry)
    .map((entry) => entry && regionIdOf(entry))
    .find((id) => id !== undefined && regionIds.has(id));
  if (first !== undefined) editorActions.regionSelected(first);
  return { ok: false, messages: paths.flatMap((p) => errors[p] ?? []) };
}
