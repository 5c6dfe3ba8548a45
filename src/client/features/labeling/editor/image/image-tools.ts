// Drawing tools of an image: one per region shape whose controls point at it. Which control a
// new region belongs to is decided when it is finished: the control of that shape with armed
// labels, else a label-less tool (Rectangle, Polygon, KeyPoint), else one that allows empty labels.
import {
  keyPointItem,
  polygonItem,
  rectangleItem,
} from '../../../../../shared/annotation/result-items';
import type { ImageFrame, ResultItem } from '../../../../../shared/annotation/result-item-types';
import { CONTROL_SPECS } from '../../../../../shared/label-config/control-specs';
import type { LabelConfig } from '../../../../../shared/label-config/label-config';
import type { AnyRegionControlNode } from '../../../../../shared/label-config/tag-tree';
import type { ImageShape, Point, Rect } from './image-geometry';

export type ImageTool = 'select' | ImageShape;

export interface ShapeControl {
  readonly control: AnyRegionControlNode;
  readonly shape: ImageShape;
  readonly labeled: boolean;
}

/** Keypoint size in percent when the control sets no strokeWidth (Label Studio's default look). */
const KEYPOINT_WIDTH = 1.5;

const TOOL_ORDER: readonly ImageShape[] = ['rectangle', 'polygon', 'keypoint'];

export function shapeControlsOf(config: LabelConfig, imageName: string): ShapeControl[] {
  const out: ShapeControl[] = [];
  for (const control of config.controls.values()) {
    if (!('labels' in control) || !control.toName.includes(imageName)) continue;
    const spec = CONTROL_SPECS[control.tag];
    const shape = spec.region;
    if (shape === undefined || shape === 'span') continue;
    out.push({ control, shape, labeled: spec.valueKey !== undefined });
  }
  return out;
}

export const toolsOf = (controls: readonly ShapeControl[]): ImageShape[] =>
  TOOL_ORDER.filter((shape) => controls.some((c) => c.shape === shape));

export interface DrawTarget {
  readonly control: AnyRegionControlNode;
  readonly labels: readonly string[];
}

export function drawTarget(
  controls: readonly ShapeControl[],
  shape: ImageShape,
  armed: Readonly<Record<string, readonly string[]>>,
): DrawTarget | undefined {
  const ofShape = controls.filter((c) => c.shape === shape);
  for (const { control, labeled } of ofShape) {
    const labels = armed[control.name];
    if (labeled && labels && labels.length > 0) return { control, labels };
  }
  const bare = ofShape.find((c) => !c.labeled) ?? ofShape.find((c) => c.control.allowEmpty);
  return bare ? { control: bare.control, labels: [] } : undefined;
}

export type NewGeometry =
  | { readonly shape: 'rectangle'; readonly rect: Rect }
  | { readonly shape: 'polygon'; readonly points: readonly Point[] }
  | { readonly shape: 'keypoint'; readonly point: Point };

/** Builds the new item with the shared builders (Label Studio's key order). */
export function newRegionItem(
  target: DrawTarget,
  geometry: NewGeometry,
  frame: ImageFrame,
  toName: string,
): ResultItem | undefined {
  const { control, labels } = target;
  const options = { frame, toName };
  if (
    geometry.shape === 'rectangle' &&
    (control.tag === 'RectangleLabels' || control.tag === 'Rectangle')
  )
    return rectangleItem(control, { ...geometry.rect, rotation: 0 }, labels, options);
  if (
    geometry.shape === 'polygon' &&
    (control.tag === 'PolygonLabels' || control.tag === 'Polygon')
  )
    return polygonItem(
      control,
      geometry.points.map((p) => [p.x, p.y] as const),
      labels,
      options,
    );
  if (
    geometry.shape === 'keypoint' &&
    (control.tag === 'KeyPointLabels' || control.tag === 'KeyPoint')
  ) {
    const width = control.strokeWidth ?? KEYPOINT_WIDTH;
    return keyPointItem(control, { ...geometry.point, width }, labels, options);
  }
  return undefined;
}
