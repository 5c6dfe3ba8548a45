// Per-control checks of the control's own key inside `value` (label-config.md §4 rules 3–5).
// Keyed by ControlTag: a control without a validator is a type error.
import type { ControlTag } from './tag-names';
import type { ControlNode, ControlNodeOf } from './tag-tree';
import { validateChoicesValue } from './value-choices';
import { validateDateTimeValue } from './value-datetime';
import { validateLabelsValue } from './value-labels';
import { validateNumberValue } from './value-number';
import { validateRatingValue } from './value-rating';
import { validateTaxonomyValue } from './value-taxonomy';
import { validateTextAreaValue } from './value-textarea';
import type { ItemContext } from './validation-context';

export type ValueValidator<K extends ControlTag> = (
  ctx: ItemContext,
  control: ControlNodeOf<K>,
) => void;

export const VALUE_VALIDATORS: { readonly [K in ControlTag]: ValueValidator<K> } = {
  Choices: validateChoicesValue,
  TextArea: validateTextAreaValue,
  Rating: validateRatingValue,
  Number: validateNumberValue,
  DateTime: validateDateTimeValue,
  Taxonomy: validateTaxonomyValue,
  Labels: validateLabelsValue,
  RectangleLabels: validateLabelsValue,
  Rectangle: validateLabelsValue,
  PolygonLabels: validateLabelsValue,
  Polygon: validateLabelsValue,
  KeyPointLabels: validateLabelsValue,
  KeyPoint: validateLabelsValue,
};

export function validateControlValue(ctx: ItemContext, control: ControlNode): void {
  // The registry's mapped type guarantees the validator for control.tag takes that node.
  const validate = VALUE_VALIDATORS[control.tag] as (
    ctx: ItemContext,
    control: ControlNode,
  ) => void;
  validate(ctx, control);
}
