// visibleWhen (label-config.md §3): whether a View or control shows, given the current result
// and selection. Placeholder: everything shows.
import type { LayoutChild } from '../../../../shared/label-config/tag-tree';

export function useIsVisible(_node: LayoutChild): boolean {
  return true;
}
