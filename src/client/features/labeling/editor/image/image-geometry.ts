// Geometry of image regions in Label Studio's units: percentages (0–100) of the original image.
// Rotation is applied in pixel space (a rect rotated 30° on a 2:1 image is not a rhombus), so
// anything involving rotation needs the image's natural size.
import type { RegionShape } from '../../../../../shared/label-config/control-specs';

export type ImageShape = Exclude<RegionShape, 'span'>;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Bounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

/** Below this in both directions a drag is a click, not a region (percent of the image). */
export const MIN_DRAG = 0.5;

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export const clampPoint = (p: Point): Point => ({ x: clamp(p.x, 0, 100), y: clamp(p.y, 0, 100) });

export const isTinyDrag = (a: Point, b: Point): boolean =>
  Math.abs(a.x - b.x) < MIN_DRAG && Math.abs(a.y - b.y) < MIN_DRAG;

/** The rect spanned by two points, inside the image whichever way the drag went. */
export function rectFromPoints(a: Point, b: Point): Rect {
  const p = clampPoint(a);
  const q = clampPoint(b);
  const x = Math.min(p.x, q.x);
  const y = Math.min(p.y, q.y);
  return { x, y, width: Math.abs(p.x - q.x), height: Math.abs(p.y - q.y) };
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export function pointsOf(value: Record<string, unknown>): Point[] {
  const raw = value['points'];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((p: unknown) =>
    Array.isArray(p) && p.length >= 2 ? [{ x: num(p[0]), y: num(p[1]) }] : [],
  );
}

export function rectOf(value: Record<string, unknown>): Rect & { rotation: number } {
  return {
    x: num(value['x']),
    y: num(value['y']),
    width: num(value['width']),
    height: num(value['height']),
    rotation: num(value['rotation']),
  };
}

/** Corners of a rect rotated around its top-left corner, in percent. */
export function rectCorners(value: Record<string, unknown>, size: Size): Point[] {
  const { x, y, width, height, rotation } = rectOf(value);
  const rad = (rotation * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  // Offsets in pixels, rotated, then back to percent.
  const w = (width / 100) * size.width;
  const h = (height / 100) * size.height;
  return [
    [0, 0],
    [w, 0],
    [w, h],
    [0, h],
  ].map(([dx = 0, dy = 0]) => ({
    x: x + ((dx * cos - dy * sin) / size.width) * 100,
    y: y + ((dx * sin + dy * cos) / size.height) * 100,
  }));
}

export function boundsOf(shape: ImageShape, value: Record<string, unknown>, size: Size): Bounds {
  const points =
    shape === 'polygon'
      ? pointsOf(value)
      : shape === 'rectangle'
        ? rectCorners(value, size)
        : [{ x: num(value['x']), y: num(value['y']) }];
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return {
    minX: Math.min(...xs),
    minY: Math.min(...ys),
    maxX: Math.max(...xs),
    maxY: Math.max(...ys),
  };
}

/** Limits a move so the region stays inside the image (never pushes it further out). */
export function clampDelta(bounds: Bounds, dx: number, dy: number): Point {
  return {
    x: clamp(dx, Math.min(0, -bounds.minX), Math.max(0, 100 - bounds.maxX)),
    y: clamp(dy, Math.min(0, -bounds.minY), Math.max(0, 100 - bounds.maxY)),
  };
}

/** The geometry keys to merge (moveRegion) to translate a region by dx, dy percent. */
export function translated(
  shape: ImageShape,
  value: Record<string, unknown>,
  dx: number,
  dy: number,
): Record<string, unknown> {
  if (shape === 'polygon') return { points: pointsOf(value).map((p) => [p.x + dx, p.y + dy]) };
  return { x: num(value['x']) + dx, y: num(value['y']) + dy };
}

export type Corner = 'nw' | 'ne' | 'se' | 'sw';
export const CORNERS: readonly Corner[] = ['nw', 'ne', 'se', 'sw'];

export function cornerPoint(rect: Rect, corner: Corner): Point {
  const right = corner === 'ne' || corner === 'se';
  const bottom = corner === 'se' || corner === 'sw';
  return { x: rect.x + (right ? rect.width : 0), y: rect.y + (bottom ? rect.height : 0) };
}

const OPPOSITE: Record<Corner, Corner> = { nw: 'se', ne: 'sw', se: 'nw', sw: 'ne' };
export const oppositeCorner = (c: Corner): Corner => OPPOSITE[c];

export const toPixels = (p: Point, size: Size): Point => ({
  x: (p.x / 100) * size.width,
  y: (p.y / 100) * size.height,
});
