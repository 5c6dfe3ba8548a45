// Zoom and pan of one image, applied to the DOM through refs: panning 500 regions must not
// re-render React on every pointermove. Zoom is the stage's `scale` (also exposed as the
// `--lc-zoom` custom property so labels and handles keep their on-screen size); pan is the
// viewport's scroll position. Chromium scrolls a scroll container on the compositor, while
// moving the stage with a transform re-layerizes every region on every frame (measured: about
// 30 against 60 frames per second with 500 rectangles). The quarter turn (rotateControl) is
// React state: it changes the layout (image-rotation.ts), and only on a click or a key.
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { clamp } from './image-geometry';
import { rotated, type Rotation } from './image-rotation';
import { registerImageView, type ImageViewController } from './image-view-actions';

const MIN_ZOOM = 1;
const MAX_ZOOM = 20;
const STEP = 1.25;

export interface ImageView extends ImageViewController {
  /** Zooms by `factor` keeping the point under the cursor (client coords) in place. */
  zoomAt(factor: number, clientX?: number, clientY?: number): void;
  panBy(dx: number, dy: number): void;
  /** Pan offsets are the negated scroll position of the viewport. */
  readonly state: { zoom: number; x: number; y: number };
}

export interface ImageViewOptions {
  /** zoom or zoomControl */
  readonly zoomable: boolean;
  /** rotateControl */
  readonly rotatable: boolean;
}

export function useImageView(
  viewportRef: RefObject<HTMLElement | null>,
  stageRef: RefObject<HTMLElement | null>,
  { zoomable: enabled, rotatable }: ImageViewOptions,
): { view: ImageView; rotation: Rotation } {
  const [rotation, setRotation] = useState<Rotation>(0);
  const view = useMemo<ImageView>(() => {
    // Mutable on purpose: the view changes per pointermove without a render.
    const s = { zoom: 1, x: 0, y: 0, appliedZoom: 1 };
    const apply = () => {
      const viewport = viewportRef.current;
      const w = viewport?.clientWidth ?? 0;
      const h = viewport?.clientHeight ?? 0;
      // Keep the image covering the viewport: no empty margins to pan into.
      s.x = clamp(s.x, w - w * s.zoom, 0);
      s.y = clamp(s.y, h - h * s.zoom, 0);
      const stage = stageRef.current;
      if (!stage || !viewport) return;
      // Only a zoom restyles the regions (labels keep their on-screen size); a pan only scrolls.
      if (s.zoom !== s.appliedZoom) {
        s.appliedZoom = s.zoom;
        stage.style.scale = s.zoom === 1 ? '' : String(s.zoom);
        stage.style.setProperty('--lc-zoom', String(s.zoom));
        stage.dataset['zoom'] = String(Math.round(s.zoom * 100) / 100);
      }
      viewport.scrollLeft = -s.x;
      viewport.scrollTop = -s.y;
    };
    const zoomAt = (factor: number, clientX?: number, clientY?: number) => {
      if (!enabled) return;
      const rect = viewportRef.current?.getBoundingClientRect();
      const px = rect && clientX !== undefined ? clientX - rect.left : (rect?.width ?? 0) / 2;
      const py = rect && clientY !== undefined ? clientY - rect.top : (rect?.height ?? 0) / 2;
      const next = clamp(s.zoom * factor, MIN_ZOOM, MAX_ZOOM);
      const ratio = next / s.zoom;
      s.x = px - (px - s.x) * ratio;
      s.y = py - (py - s.y) * ratio;
      s.zoom = next;
      apply();
    };
    const reset = () => {
      s.zoom = 1;
      s.x = 0;
      s.y = 0;
      apply();
    };
    // A turn changes the viewport's shape: it starts from the whole image, as a reset does.
    const rotateBy = (degrees: number) => {
      if (!rotatable) return;
      reset();
      setRotation((r) => rotated(r, degrees));
    };
    return {
      state: s,
      zoomAt,
      zoomIn: () => zoomAt(STEP),
      zoomOut: () => zoomAt(1 / STEP),
      reset,
      rotateLeft: () => rotateBy(-90),
      rotateRight: () => rotateBy(90),
      panBy: (dx, dy) => {
        s.x += dx;
        s.y += dy;
        apply();
      },
    };
  }, [enabled, rotatable, viewportRef, stageRef]);

  useEffect(() => registerImageView(view), [view]);

  // Scrolling by other means (keyboard, scrollbar-less touchpads) moves the view too.
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    const onScroll = () => {
      view.state.x = -viewport.scrollLeft;
      view.state.y = -viewport.scrollTop;
    };
    viewport.addEventListener('scroll', onScroll, { passive: true });
    return () => viewport.removeEventListener('scroll', onScroll);
  }, [view, viewportRef]);

  // React's onWheel is passive, so the browser's own Ctrl+wheel page zoom could not be stopped.
  useEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport || !enabled) return;
    const onWheel = (e: WheelEvent) => {
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        view.zoomAt(Math.exp(-e.deltaY / 300), e.clientX, e.clientY);
      } else if (view.state.zoom > 1) {
        e.preventDefault();
        view.panBy(-e.deltaX, -e.deltaY);
      }
    };
    viewport.addEventListener('wheel', onWheel, { passive: false });
    return () => viewport.removeEventListener('wheel', onWheel);
  }, [enabled, view, viewportRef]);

  return { view, rotation };
}
