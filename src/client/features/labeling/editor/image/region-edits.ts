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
import { drawTarget, newRegionItem, type NewGeometry, type ShapeControl } from './image-tools';

export interface DrawContext {
  readonly controls: readonly ShapeControl[];
  readonly imageName: string;
  readonly size: Size;
}

/** Adds a region; returns a message for the user when no control can take it. */
export function addDrawnRegion(ctx: DrawContext, geometry: NewGeometry): string | undefined {
  const target = drawTarget(ctx.controls, geometry.shape, readEditor().armed);
  if (!target) return `Choose a label before drawing a ${geometry.shape}.`;
  const frame = {
    original_width: ctx.size.width,
    original_height: ctx.size.height,
    image_rotation: 0,
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

/** Arrow keys nudge by 0.5 % (Shift: 5 %); true when the key was handled. */
export function nudge(region: ImageRegion, size: Size, key: string, shift: boolean): boolean {
  const dir = NUDGE[key];
  if (!dir) return false;
  const step = shift ? 5 : 0.5;
  moveBy(region, size, dir.x * step, dir.y * step);
  return true;
}

export const shapeLabel: Record<ImageShape, string> = {
  rectangle: 'Rectangle',
  polygon: 'Polygon',
  keypoint: 'Keypoint',
};
