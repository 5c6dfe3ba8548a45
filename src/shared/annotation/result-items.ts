// Builders for result items of every tier-1 control, in the key order Label Studio writes
// (id, from_name, to_name, type, origin, image fields, value) so stored JSON diffs cleanly
// against Label Studio's exports.
import { CONTROL_SPECS } from '../label-config/control-specs';
import type { ClassificationTag } from '../label-config/tag-names';
import type {
  AnyRegionControlNode,
  ClassificationNodeOf,
  RegionControlNode,
} from '../label-config/tag-tree';
import { CodePointIndex } from './code-points';
import { generateRegionId } from './region-id';
import type {
  ImageFrame,
  Origin,
  RelationDirection,
  RelationItem,
  ResultItem,
} from './result-item-types';

/** What each classification control stores, keyed by tag (a new control must add its shape). */
export interface ClassificationInput {
  Choices: readonly string[];
  TextArea: readonly string[];
  Rating: number;
  Number: number;
  DateTime: string;
  Taxonomy: readonly (readonly string[])[];
}

const CLASSIFICATION_VALUE: {
  readonly [K in ClassificationTag]: (input: ClassificationInput[K]) => Record<string, unknown>;
} = {
  Choices: (choices) => ({ choices: [...choices] }),
  TextArea: (text) => ({ text: [...text] }),
  Rating: (rating) => ({ rating }),
  Number: (number) => ({ number }),
  DateTime: (datetime) => ({ datetime }),
  Taxonomy: (paths) => ({ taxonomy: paths.map((p) => [...p]) }),
};

export interface ItemOptions {
  id?: string;
  origin?: Origin;
}

function item(
  base: { id: string; from_name: string; to_name: string; type: string },
  origin: Origin,
  value: Record<string, unknown>,
  frame?: ImageFrame,
): ResultItem {
  return frame ? { ...base, origin, ...frame, value } : { ...base, origin, value };
}

/**
 * A classification result. With `region`, the item attaches to that region (perRegion): same
 * id and object, and its value repeats the region's geometry (label-config.md §3).
 */
export function classificationItem<K extends ClassificationTag>(
  control: ClassificationNodeOf<K>,
  input: ClassificationInput[K],
  options: ItemOptions & { toName?: string; region?: ResultItem } = {},
): ResultItem {
  const build = CLASSIFICATION_VALUE[control.tag as K];
  const own = build(input);
  const type = CONTROL_SPECS[control.tag].resultTypes[0] ?? control.tag.toLowerCase();
  const origin = options.origin ?? 'manual';
  const { region } = options;
  if (region) {
    const geometry = regionGeometry(region);
    const frame = imageFrameOf(region);
    return item(
      { id: region.id, from_name: control.name, to_name: region.to_name, type },
      origin,
      { ...geometry, ...own },
      frame,
    );
  }
  const toName = options.toName ?? control.toName[0] ?? '';
  return item(
    { id: options.id ?? generateRegionId(), from_name: control.name, to_name: toName, type },
    origin,
    own,
  );
}

/** A region's geometry without its labels (what perRegion items repeat). */
export function regionGeometry(region: ResultItem): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const labelKey =
    region.type === 'labels' || region.type.endsWith('labels') ? region.type : undefined;
  for (const [key, value] of Object.entries(region.value)) if (key !== labelKey) out[key] = value;
  return out;
}

function imageFrameOf(region: ResultItem): ImageFrame | undefined {
  const { original_width, original_height, image_rotation } = region;
  if (original_width === undefined || original_height === undefined) return undefined;
  return { original_width, original_height, image_rotation: image_rotation ?? 0 };
}

function regionItem(
  control: AnyRegionControlNode,
  geometry: Record<string, unknown>,
  labels: readonly string[],
  options: ItemOptions & { toName?: string; frame?: ImageFrame },
): ResultItem {
  const key = CONTROL_SPECS[control.tag].valueKey;
  const type = key ?? CONTROL_SPECS[control.tag].resultTypes[0] ?? '';
  const value = key ? { ...geometry, [key]: [...labels] } : { ...geometry };
  return item(
    {
      id: options.id ?? generateRegionId(),
      from_name: control.name,
      to_name: options.toName ?? control.toName[0] ?? '',
      type,
    },
    options.origin ?? 'manual',
    value,
    options.frame,
  );
}

/**
 * A span on Text from code-point offsets (end exclusive). Pass the object's CodePointIndex
 * when building many spans on one long text. `text` is omitted when saveTextResult is off.
 */
export function textSpanItem(
  control: RegionControlNode<'Labels'>,
  text: string | CodePointIndex,
  span: { start: number; end: number },
  labels: readonly string[],
  options: ItemOptions & { toName?: string; saveText?: boolean } = {},
): ResultItem {
  const index = typeof text === 'string' ? new CodePointIndex(text) : text;
  const geometry: Record<string, unknown> = { start: span.start, end: span.end };
  if (options.saveText !== false) geometry['text'] = index.slice(span.start, span.end);
  return regionItem(control, geometry, labels, options);
}

export interface ParagraphSpan {
  /** Paragraph indexes. */
  start: number;
  end: number;
  /** Code-point offsets inside the start and end paragraphs. */
  startOffset: number;
  endOffset: number;
  text: string;
}

/** A span on Paragraphs; indexes are written as strings, as Label Studio does. */
export function paragraphSpanItem(
  control: RegionControlNode<'Labels'>,
  span: ParagraphSpan,
  labels: readonly string[],
  options: ItemOptions & { toName?: string } = {},
): ResultItem {
  const geometry = {
    start: String(span.start),
    end: String(span.end),
    startOffset: span.startOffset,
    endOffset: span.endOffset,
    text: span.text,
  };
  return regionItem(control, geometry, labels, options);
}

export interface HyperTextSpan {
  start: string;
  end: string;
  startOffset: number;
  endOffset: number;
  globalOffsets?: { start: number; end: number };
  text: string;
}

export function hyperTextSpanItem(
  control: RegionControlNode<'Labels'>,
  span: HyperTextSpan,
  labels: readonly string[],
  options: ItemOptions & { toName?: string } = {},
): ResultItem {
  const { globalOffsets, ...rest } = span;
  const geometry: Record<string, unknown> = {
    start: rest.start,
    end: rest.end,
    startOffset: rest.startOffset,
    endOffset: rest.endOffset,
  };
  if (globalOffsets)
    geometry['globalOffsets'] = { start: globalOffsets.start, end: globalOffsets.end };
  geometry['text'] = rest.text;
  return regionItem(control, geometry, labels, options);
}

export interface RectangleGeometry {
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
}

type ImageOptions = ItemOptions & { toName?: string; frame: ImageFrame };

export function rectangleItem(
  control: RegionControlNode<'RectangleLabels'> | RegionControlNode<'Rectangle'>,
  geometry: RectangleGeometry,
  labels: readonly string[],
  options: ImageOptions,
): ResultItem {
  const { x, y, width, height, rotation } = geometry;
  return regionItem(control, { x, y, width, height, rotation }, labels, options);
}

/** Points are [x, y] percentages; `closed` is never written (older editors drop it). */
export function polygonItem(
  control: RegionControlNode<'PolygonLabels'> | RegionControlNode<'Polygon'>,
  points: readonly (readonly [number, number])[],
  labels: readonly string[],
  options: ImageOptions,
): ResultItem {
  return regionItem(control, { points: points.map(([x, y]) => [x, y]) }, labels, options);
}

export function keyPointItem(
  control: RegionControlNode<'KeyPointLabels'> | RegionControlNode<'KeyPoint'>,
  point: { x: number; y: number; width: number },
  labels: readonly string[],
  options: ImageOptions,
): ResultItem {
  return regionItem(control, { x: point.x, y: point.y, width: point.width }, labels, options);
}

export function relationItem(
  fromId: string,
  toId: string,
  direction: RelationDirection = 'right',
  labels?: readonly string[],
): RelationItem {
  const relation: RelationItem = { from_id: fromId, to_id: toId, type: 'relation', direction };
  if (labels && labels.length > 0) relation.labels = [...labels];
  return relation;
}
