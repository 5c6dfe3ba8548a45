// Image regions: percentages of the original image (label-config.md §3 "Images", §4 rule 7).
import { isFiniteNumber, show } from './json-values';
import type { ItemContext } from './validation-context';

export type ImageShape = 'rectangle' | 'polygon' | 'keypoint';

export const IMAGE_SHAPE_KEYS: { readonly [K in ImageShape]: readonly string[] } = {
  rectangle: ['x', 'y', 'width', 'height', 'rotation'],
  // `closed` is written by newer Label Studio builds: accepted, never written by us.
  polygon: ['points', 'closed'],
  keypoint: ['x', 'y', 'width'],
};

// Editors round percentages; 100.0000001 is a float artefact, not an error.
const EPSILON = 1e-6;

function percent(ctx: ItemContext, key: string, required = true): number | undefined {
  const value = ctx.value[key];
  if (value === undefined && !required) return undefined;
  if (!isFiniteNumber(value) || value < -EPSILON || value > 100 + EPSILON) {
    ctx.error(`value.${key}`, `${key} must be a percentage from 0 to 100, got ${show(value)}`);
    return undefined;
  }
  return value;
}

function validateRectangle(ctx: ItemContext): void {
  const x = percent(ctx, 'x');
  const y = percent(ctx, 'y');
  const width = percent(ctx, 'width');
  const height = percent(ctx, 'height');
  const rotation = ctx.value['rotation'];
  if (rotation !== undefined && (!isFiniteNumber(rotation) || rotation < 0 || rotation > 360)) {
    ctx.error('value.rotation', `rotation must be degrees from 0 to 360, got ${show(rotation)}`);
    return;
  }
  // A rotated box may legitimately reach past the edge in unrotated coordinates.
  if (rotation !== undefined && rotation !== 0 && rotation !== 360) return;
  if (x !== undefined && width !== undefined && x + width > 100 + EPSILON) {
    ctx.error('value.width', `x + width = ${x + width} exceeds 100 percent`);
  }
  if (y !== undefined && height !== undefined && y + height > 100 + EPSILON) {
    ctx.error('value.height', `y + height = ${y + height} exceeds 100 percent`);
  }
}

function validatePolygon(ctx: ItemContext): void {
  const points = ctx.value['points'];
  const field = 'value.points';
  if (!Array.isArray(points)) {
    ctx.error(field, `points must be a list of [x, y] pairs, got ${show(points)}`);
    return;
  }
  if (points.length < 3)
    ctx.error(field, `a polygon needs at least 3 points, got ${points.length}`);
  const bad = points.find(
    (p: unknown) =>
      !Array.isArray(p) ||
      p.length !== 2 ||
      !p.every((c: unknown) => isFiniteNumber(c) && c >= -EPSILON && c <= 100 + EPSILON),
  );
  if (bad !== undefined)
    ctx.error(field, `each point must be [x, y] percentages from 0 to 100, got ${show(bad)}`);
  const closed = ctx.value['closed'];
  if (closed !== undefined && typeof closed !== 'boolean')
    ctx.error('value.closed', 'closed must be true or false');
}

function validateKeyPoint(ctx: ItemContext): void {
  percent(ctx, 'x');
  percent(ctx, 'y');
  const width = ctx.value['width'];
  if (width !== undefined && (!isFiniteNumber(width) || width < 0 || width > 100)) {
    ctx.error('value.width', `width must be a percentage from 0 to 100, got ${show(width)}`);
  }
}

export const IMAGE_SHAPE_VALIDATORS: { readonly [K in ImageShape]: (ctx: ItemContext) => void } = {
  rectangle: validateRectangle,
  polygon: validatePolygon,
  keypoint: validateKeyPoint,
};

/** Top-level image fields: natural size and rotation of the image the region was drawn on. */
export function validateImageItemFields(ctx: ItemContext): void {
  for (const key of ['original_width', 'original_height'] as const) {
    const value = ctx.item[key];
    if (value !== undefined && (!isFiniteNumber(value) || value <= 0)) {
      ctx.error(key, `${key} must be a positive number, got ${show(value)}`);
    }
  }
  const rotation = ctx.item['image_rotation'];
  if (rotation !== undefined && !isFiniteNumber(rotation)) {
    ctx.error('image_rotation', `image_rotation must be a number, got ${show(rotation)}`);
  }
}
