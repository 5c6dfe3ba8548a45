// Region geometry per object tag: which `value` keys describe the region (compared across the
// items that share its id) and how to check them. Keyed by ObjectTag so a new object must
// define its geometry.
import type { RegionShape } from './control-specs';
import { HYPERTEXT_SPAN_KEYS, validateHyperTextSpan } from './geometry-hypertext-span';
import { IMAGE_SHAPE_KEYS, IMAGE_SHAPE_VALIDATORS, type ImageShape } from './geometry-image';
import { PARAGRAPHS_SPAN_KEYS, validateParagraphsSpan } from './geometry-paragraphs-span';
import { TEXT_SPAN_KEYS, validateTextSpan } from './geometry-text-span';
import type { ObjectTag } from './tag-names';
import type { ItemContext } from './validation-context';

export interface GeometrySpec {
  /** Keys of one shape; undefined when the object has no such shape. */
  keys(shape: RegionShape): readonly string[] | undefined;
  /** Keys of every shape the object supports (perRegion items repeat one of them). */
  readonly allKeys: readonly string[];
  validate(ctx: ItemContext, shape: RegionShape): void;
}

function spanGeometry(keys: readonly string[], validate: (ctx: ItemContext) => void): GeometrySpec {
  return {
    keys: (shape) => (shape === 'span' ? keys : undefined),
    allKeys: keys,
    validate: (ctx) => validate(ctx),
  };
}

const isImageShape = (shape: RegionShape): shape is ImageShape => shape !== 'span';

export const GEOMETRY_SPECS: { readonly [K in ObjectTag]: GeometrySpec } = {
  Text: spanGeometry(TEXT_SPAN_KEYS, validateTextSpan),
  HyperText: spanGeometry(HYPERTEXT_SPAN_KEYS, validateHyperTextSpan),
  Paragraphs: spanGeometry(PARAGRAPHS_SPAN_KEYS, validateParagraphsSpan),
  Image: {
    keys: (shape) => (isImageShape(shape) ? IMAGE_SHAPE_KEYS[shape] : undefined),
    allKeys: [...new Set(Object.values(IMAGE_SHAPE_KEYS).flat())],
    validate: (ctx, shape) => {
      if (isImageShape(shape)) IMAGE_SHAPE_VALIDATORS[shape](ctx);
    },
  },
};

/** Keys compared between items sharing an id; a span's `text` may be a TextArea's list there. */
export function identityKeys(keys: readonly string[]): readonly string[] {
  return keys.filter((k) => k !== 'text' && k !== 'closed');
}
