// Every pointer gesture on the image, delegated on the one SVG overlay (no listener per region):
// pan, move, resize, and drawing rectangles, polygons and keypoints. Live feedback during a
// gesture goes to the DOM (pan transform, moved region's transform) or to the preview store;
// the result changes once, when the gesture ends.
import {
  useLayoutEffect,
  useRef,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react';
import { readEditor } from '../../stores/editor-store';
import type { PreviewStore } from './draw-preview';
import {
  clampPoint,
  isTinyDrag,
  oppositeCorner,
  cornerPoint,
  rectFromPoints,
  rectOf,
  type Corner,
  type Point,
  type Size,
} from './image-geometry';
import type { ImageRegion } from './image-regions';
import { unrotatePoint, type Rotation } from './image-rotation';
import type { ImageTool, ShapeControl } from './image-tools';
import type { ImageView } from './use-image-view';
import { addDrawnRegion, allowedDelta, moveBy, resizeTo, selectRegion } from './region-edits';
import { usePolygonDraft, type PolygonDraft } from './use-polygon-draft';

export interface StageOptions {
  readonly stageRef: RefObject<HTMLElement | null>;
  readonly view: ImageView;
  readonly rotation: Rotation;
  readonly tool: ImageTool;
  readonly readOnly: boolean;
  readonly size: Size | null;
  readonly regions: ReadonlyMap<string, ImageRegion>;
  readonly controls: readonly ShapeControl[];
  readonly imageName: string;
  readonly preview: PreviewStore;
  readonly spaceHeld: RefObject<boolean>;
  readonly onHint: (message: string) => void;
}

type Gesture =
  | { kind: 'pan'; last: Point; start: Point; deselect: boolean }
  | { kind: 'move'; region: ImageRegion; el: SVGElement; start: Point; from: Point }
  | { kind: 'resize'; region: ImageRegion; fixed: Point; from: Point }
  | { kind: 'rect'; start: Point; end: Point; regionId: string | undefined }
  | { kind: 'keypoint'; at: Point };

const client = (e: ReactPointerEvent): Point => ({ x: e.clientX, y: e.clientY });

/** Screen pixels a press may wander and still be a click. */
const CLICK_SLOP = 3;
const isJitter = (a: Point, b: Point) =>
  Math.abs(a.x - b.x) < CLICK_SLOP && Math.abs(a.y - b.y) < CLICK_SLOP;

export function useStagePointer(options: StageOptions) {
  const latest = useRef(options);
  // Handlers read the latest props through this ref, so they never need re-binding.
  useLayoutEffect(() => {
    latest.current = options;
  });
  const gesture = useRef<Gesture | null>(null);
  const polygon: PolygonDraft = usePolygonDraft(options.tool, latest);

  // The stage's box is read once per gesture: re-reading it per pointermove would force a
  // layout of the SVG just changed by the live preview.
  const box = useRef<DOMRect | null>(null);

  /** Client coordinates → percent of the image (the stage's box already includes zoom, pan and
   *  the turn; the turn is undone here, as regions live in the unrotated frame). */
  const toPercent = (p: Point): Point | null => {
    const r = box.current ?? latest.current.stageRef.current?.getBoundingClientRect();
    if (!r || r.width === 0 || r.height === 0) return null;
    const onScreen = { x: ((p.x - r.left) / r.width) * 100, y: ((p.y - r.top) / r.height) * 100 };
    return unrotatePoint(onScreen, latest.current.rotation);
  };

  const onPointerDown = (e: ReactPointerEvent<SVGSVGElement>) => {
    const o = latest.current;
    if (e.button !== 0 && e.button !== 1) return;
    const target = e.target as Element;
    const regionEl = target.closest<SVGElement>('[data-region-id]');
    const region = o.regions.get(regionEl?.dataset['regionId'] ?? '');
    const corner = target.closest<SVGElement>('[data-handle]')?.dataset['handle'] as
      Corner | undefined;
    box.current = o.stageRef.current?.getBoundingClientRect() ?? null;
    const found = toPercent(client(e));
    const at = !o.readOnly && o.size !== null ? found : null;
    // jsdom has no pointer capture; browsers keep the gesture when the pointer leaves the SVG.
    if (typeof e.currentTarget.setPointerCapture === 'function')
      e.currentTarget.setPointerCapture(e.pointerId);

    if (o.spaceHeld.current || e.button === 1) {
      gesture.current = { kind: 'pan', last: client(e), start: client(e), deselect: false };
    } else if (corner && at) {
      const selected = o.regions.get(readEditor().selectedRegionId ?? '');
      if (!selected) return;
      const rect = rectOf(selected.item.value);
      const fixed = cornerPoint(rect, oppositeCorner(corner));
      gesture.current = { kind: 'resize', region: selected, fixed, from: client(e) };
    } else if (o.tool === 'select' || !at) {
      if (region) {
        selectRegion(region.id);
        if (at && regionEl)
          gesture.current = { kind: 'move', region, el: regionEl, start: at, from: client(e) };
      } else {
        gesture.current = { kind: 'pan', last: client(e), start: client(e), deselect: true };
      }
    } else if (o.tool === 'rectangle') {
      const start = clampPoint(at);
      gesture.current = { kind: 'rect', start, end: start, regionId: region?.id };
    } else if (o.tool === 'keypoint') {
      gesture.current = { kind: 'keypoint', at: clampPoint(at) };
    } else {
      polygon.click(clampPoint(at));
    }
  };

  const onPointerMove = (e: ReactPointerEvent<SVGSVGElement>) => {
    const o = latest.current;
    const g = gesture.current;
    if (!g) {
      const at = o.tool === 'polygon' ? toPercent(client(e)) : null;
      if (at) polygon.hover(clampPoint(at));
      return;
    }
    if (g.kind === 'pan') {
      o.view.panBy(e.clientX - g.last.x, e.clientY - g.last.y);
      g.last = client(e);
      return;
    }
    const at = toPercent(client(e));
    if (!at || !o.size) return;
    if (g.kind === 'move') {
      const delta = allowedDelta(g.region, o.size, at.x - g.start.x, at.y - g.start.y);
      const dx = (delta.x / 100) * o.size.width;
      const dy = (delta.y / 100) * o.size.height;
      g.el.setAttribute('transform', `translate(${dx} ${dy})`);
    } else if (g.kind === 'resize') {
      o.preview.set({ rect: rectFromPoints(g.fixed, at) });
    } else if (g.kind === 'rect') {
      g.end = clampPoint(at);
      o.preview.set({ rect: rectFromPoints(g.start, g.end) });
    }
  };

  const finish = (e: ReactPointerEvent<SVGSVGElement>, cancelled: boolean) => {
    const o = latest.current;
    const g = gesture.current;
    const at = toPercent(client(e));
    gesture.current = null;
    box.current = null;
    if (!g) return;
    if (g.kind === 'move') g.el.removeAttribute('transform');
    if (g.kind === 'resize' || g.kind === 'rect') o.preview.set({});
    if (cancelled || !o.size) return;
    if (g.kind === 'pan') {
      if (g.deselect && isJitter(g.start, client(e))) selectRegion(null);
    } else if (g.kind === 'move') {
      // A click on a region (or hand jitter) selects it without an undo step.
      if (at && !isJitter(g.from, client(e)))
        moveBy(g.region, o.size, at.x - g.start.x, at.y - g.start.y);
    } else if (g.kind === 'resize') {
      if (at && !isJitter(g.from, client(e))) resizeTo(g.region, rectFromPoints(g.fixed, at));
    } else if (g.kind === 'rect') {
      const end = at ? clampPoint(at) : g.end;
      if (isTinyDrag(g.start, end)) selectRegion(g.regionId ?? null);
      else
        report(
          addDrawnRegion(o, o.size, { shape: 'rectangle', rect: rectFromPoints(g.start, end) }),
        );
    } else {
      report(addDrawnRegion(o, o.size, { shape: 'keypoint', point: g.at }));
    }
  };

  const report = (message: string | undefined) => {
    if (message) latest.current.onHint(message);
  };

  return {
    polygon,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: (e: ReactPointerEvent<SVGSVGElement>) => finish(e, false),
      onPointerCancel: (e: ReactPointerEvent<SVGSVGElement>) => finish(e, true),
    },
  };
}
