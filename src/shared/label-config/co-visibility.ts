// Whether two controls can be on screen at once, judged from their visibility conditions alone.
// Used for hotkeys: controls that never show together may share keys.
import type { VisibilityCondition } from './tag-tree';

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((v) => set.has(v));
}

function exclusive(a: VisibilityCondition, b: VisibilityCondition): boolean {
  const pair = new Set([a.when, b.when]);
  if (pair.has('region-selected') && pair.has('no-region-selected')) return true;
  return (
    pair.has('choice-selected') &&
    pair.has('choice-unselected') &&
    a.tagName === b.tagName &&
    sameValues(a.values, b.values)
  );
}

export function canShowTogether(
  a: readonly VisibilityCondition[],
  b: readonly VisibilityCondition[],
): boolean {
  return !a.some((x) => b.some((y) => exclusive(x, y)));
}
