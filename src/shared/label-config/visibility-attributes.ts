// `visibleWhen` + `whenTagName` / `whenLabelValue` / `whenChoiceValue` (label-config.md §3).
import type { AttributeReader } from './attribute-reader';
import type { VisibilityCondition, VisibleWhen } from './tag-tree';

const VISIBLE_WHEN: readonly VisibleWhen[] = [
  'region-selected',
  'no-region-selected',
  'choice-selected',
  'choice-unselected',
];

export function readVisibility(a: AttributeReader): VisibilityCondition | undefined {
  if (!a.has('visibleWhen')) return undefined;
  const when = a.oneOf('visibleWhen', VISIBLE_WHEN, 'region-selected');
  const values = when.startsWith('choice') ? a.list('whenChoiceValue') : a.list('whenLabelValue');
  return { when, tagName: a.string('whenTagName')?.trim(), values };
}
