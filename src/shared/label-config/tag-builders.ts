// One builder per tag. The mapped type makes a tag without a builder (or a builder returning
// the wrong node) a compile error.
import type { TagBuilder } from './build-context';
import {
  buildChoices,
  buildDateTime,
  buildKeyPoint,
  buildKeyPointLabels,
  buildLabels,
  buildNumber,
  buildPolygon,
  buildPolygonLabels,
  buildRating,
  buildRectangle,
  buildRectangleLabels,
  buildRelations,
  buildTaxonomy,
  buildTextArea,
} from './build-control-tags';
import { buildHeader, buildStyle, buildView } from './build-layout-tags';
import { buildHyperText, buildImage, buildParagraphs, buildText } from './build-object-tags';
import { buildChoice, buildLabel, buildRelation } from './build-option-tags';
import type { TagName } from './tag-names';

export const TAG_BUILDERS: { readonly [K in TagName]: TagBuilder<K> } = {
  View: buildView,
  Header: buildHeader,
  Style: buildStyle,
  Text: buildText,
  HyperText: buildHyperText,
  Image: buildImage,
  Paragraphs: buildParagraphs,
  Choices: buildChoices,
  TextArea: buildTextArea,
  Rating: buildRating,
  Number: buildNumber,
  DateTime: buildDateTime,
  Taxonomy: buildTaxonomy,
  Labels: buildLabels,
  RectangleLabels: buildRectangleLabels,
  Rectangle: buildRectangle,
  PolygonLabels: buildPolygonLabels,
  Polygon: buildPolygon,
  KeyPointLabels: buildKeyPointLabels,
  KeyPoint: buildKeyPoint,
  Relations: buildRelations,
  Label: buildLabel,
  Choice: buildChoice,
  Relation: buildRelation,
};
