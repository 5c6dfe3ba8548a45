// The result edits the image makes, each one undo step: add a drawn region, move (drag or
// arrow-key nudge) and resize. Pointer handlers call these once per gesture, never per move.
import { addItem, moveRegion } from '../../../../../shared/annotation/edits';
import { editResult, editorActions, readEditor } from '../../stores/editor-store';
import {
  boundsOf,
  clampDelta,
  translated,
  type ImageShape,
  type Point,
  type Rect,
  type Size,
} from './image-geometry';
import type { ImageRegion } from './image-regions';
import { unrotateDelta, type Rotation } from './image-rotation';
import { drawTarget, newRegionItem, type NewGeometry, type ShapeControl } from './image-tools';

export interface DrawContext {
  readonly controls: readonly ShapeControl[];
  readonly imageName: string;
  readonly rotation: Rotation;
}

/** Adds a region; returns a message for the user when no control can take it. */
export function addDrawnRegion(
  ctx: DrawContext,
  size: Size,
  geometry: NewGeometry,
): string | undefined {
  const target = drawTarget(ctx.controls, geometry.shape, readEditor().armed);
  if (!target) return `Choose a label before drawing a ${geometry.shape}.`;
  const frame = {
    original_width: size.width,
    original_height: size.height,
    image_rotation: ctx.rotation,
  };
  const item = newRegionItem(target, geometry, frame, ctx.imageName);
  if (!item) return undefined;
  editResult((r) => addItem(r, item));
  return undefined;
}

/** The delta a region may really move by, so it stays inside the image. */
export function allowedDelta(region: ImageRegion, size: Size, dx: number, dy: number): Point {
  return clampDelta(boundsOf(region.shape, region.item.value, size), dx, dy);
}

export function moveBy(region: ImageRegion, size: Size, dx: number, dy: number): void {
  const d = allowedDelta(region, size, dx, dy);
  if (d.x === 0 && d.y === 0) return;
  const geometry = translated(region.shape, region.item.value, d.x, d.y);
  editResult((r) => moveRegion(r, region.id, geometry));
}

export function resizeTo(region: ImageRegion, rect: Rect): void {
  const { x, y, width, height } = rect;
  editResult((r) => moveRegion(r, region.id, { x, y, width, height }));
}

export const selectRegion = (id: string | null): void => {
  if (readEditor().selectedRegionId !== id) editorActions.regionSelected(id);
};

const NUDGE: Record<string, Point> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

/** Arrow keys nudge by 0.5 % (Shift: 5 %) the way they point on screen; true when handled. */
export function nudge(
  region: ImageRegion,
  size: Size,
  rotation: Rotation,
  key: { key: string; shiftKey: boolean },
): boolean {
  const onScreen = NUDGE[key.key];
  if (!onScreen) return false;
  const step = key.shiftKey ? 5 : 0.5;
  const dir = unrotateDelta(onScreen, rotation);
  moveBy(region, size, dir.x * step, dir.y * step);
  return true;
}

export const shapeLabel: Record<ImageShape, string> = {
  rectangle: 'Rectangle',
  polygon: 'Polygon',
  keypoint: 'Keypoint',
};
