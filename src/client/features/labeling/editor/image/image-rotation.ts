// Rotating the view of an image (rotateControl) by quarter turns. As in Label Studio, regions
// stay in the unrotated image's frame, so results remain valid against the original file;
// `image_rotation` on a drawn region records how the image was turned when it was drawn. The
// stage keeps its unrotated layout box and is turned with CSS; these are the pieces that map
// between the two frames.
import type { CSSProperties } from 'react';
import type { Point, Size } from './image-geometry';

export type Rotation = 0 | 90 | 180 | 270;

/** Clockwise by `degrees` (a multiple of 90; negative turns left). */
export const rotated = (rotation: Rotation, degrees: number): Rotation =>
  ((((rotation + degrees) % 360) + 360) % 360) as Rotation;

/** A direction on screen as the same direction in the unrotated image. */
export function unrotateDelta(d: Point, rotation: Rotation): Point {
  if (rotation === 90) return { x: d.y, y: -d.x };
  if (rotation === 180) return { x: -d.x, y: -d.y };
  if (rotation === 270) return { x: -d.y, y: d.x };
  return d;
}

/** A point in the turned stage's screen box (percent of that box) → percent of the image. */
export function unrotatePoint(p: Point, rotation: Rotation): Point {
  const d = unrotateDelta({ x: p.x - 50, y: p.y - 50 }, rotation);
  return { x: 50 + d.x, y: 50 + d.y };
}

interface RotatedStyles {
  readonly viewport?: CSSProperties;
  readonly stage?: CSSProperties;
}

/**
 * The viewport takes the turned image's footprint; the stage keeps its unrotated box, turns
 * about its top-left corner and is moved back into the viewport. The move is in percent of the
 * stage's own box times `--lc-zoom`, so zoom, resizes and the pan's scroll clamp need no
 * script: at any zoom the turned stage covers exactly the viewport's scaled box.
 */
export function rotatedStyles(rotation: Rotation, size: Size | null): RotatedStyles {
  if (rotation === 0 || size === null || size.width === 0 || size.height === 0) return {};
  const turn = { rotate: `${rotation}deg`, '--lc-rotation': `${rotation}deg` } as CSSProperties;
  const zoomed = (percent: number) => `calc(var(--lc-zoom) * ${percent}%)`;
  if (rotation === 180) {
    return { stage: { ...turn, translate: `${zoomed(100)} ${zoomed(100)}` } };
  }
  const { width, height } = size;
  // On its side the image keeps its upright scale, narrowed further if it would be wider than
  // the space (a portrait photo); the stage is then as wide as the viewport once turned.
  const sideways: CSSProperties = {
    ...turn,
    position: 'absolute',
    top: 0,
    left: 0,
    width: `${(100 * width) / height}%`,
    translate:
      rotation === 90
        ? `${zoomed((100 * height) / width)} 0`
        : `0 ${zoomed((100 * width) / height)}`,
  };
  return {
    viewport: {
      // content-box, so the ratio is the picture's; the frame's border comes off the width.
      width: `calc(${Math.min(100, (100 * height) / width)}% - 2 * var(--lc-frame))`,
      aspectRatio: `${height} / ${width}`,
      boxSizing: 'content-box',
    },
    stage: sideways,
  };
}
