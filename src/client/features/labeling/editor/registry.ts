// The one map from tag to renderer. Adding a tag to the parser's union without a renderer here
// fails typecheck.
import { ChoicesControl } from './controls/choices-control';
import { DateTimeControl } from './controls/datetime-control';
import { NumberControl } from './controls/number-control';
import { RatingControl } from './controls/rating-control';
import { RegionLabelsControl } from './controls/region-labels-control';
import { RelationsControl } from './controls/relations-control';
import { TaxonomyControl } from './controls/taxonomy-control';
import { TextAreaControl } from './controls/textarea-control';
import { HeaderRenderer } from './layout/header-renderer';
import { StyleRenderer } from './layout/style-renderer';
import { ViewRenderer } from './layout/view-renderer';
import { ParagraphsObject } from './objects/paragraphs-object';
import { TextObject } from './objects/text-object';
import { lazyRenderer } from './lazy-renderer';
import type { RendererRegistry } from './renderer-types';

export const RENDERERS: RendererRegistry = {
  View: ViewRenderer,
  Header: HeaderRenderer,
  Style: StyleRenderer,
  Text: TextObject,
  HyperText: lazyRenderer<'HyperText'>(
    async () => (await import('./objects/hypertext-object')).HyperTextObject,
  ),
  Image: lazyRenderer<'Image'>(async () => (await import('./objects/image-object')).ImageObject),
  Paragraphs: ParagraphsObject,
  Choices: ChoicesControl,
  TextArea: TextAreaControl,
  Rating: RatingControl,
  Number: NumberControl,
  DateTime: DateTimeControl,
  Taxonomy: TaxonomyControl,
  Labels: RegionLabelsControl,
  RectangleLabels: RegionLabelsControl,
  Rectangle: RegionLabelsControl,
  PolygonLabels: RegionLabelsControl,
  Polygon: RegionLabelsControl,
  KeyPointLabels: RegionLabelsControl,
  KeyPoint: RegionLabelsControl,
  Relations: RelationsControl,
};
