// A polygon being drawn: clicks add points; clicking the first point again or Enter closes it
// (3+ points), Escape or switching tools drops it. Points live in a ref and are shown through
// the preview store, so the rubber band line does not re-render the editor.
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { PreviewStore } from './draw-preview';
import type { Point, Size } from './image-geometry';
import type { ImageTool } from './image-tools';
import { addDrawnRegion, type DrawContext } from './region-edits';

export interface PolygonContext extends DrawContext {
  readonly stageRef: RefObject<HTMLElement | null>;
  readonly size: Size | null;
  readonly preview: PreviewStore;
  readonly onHint: (message: string) => void;
}

export interface PolygonDraft {
  click(at: Point): void;
  hover(at: Point): void;
  /** Finishes the polygon; false when there is none or it has fewer than 3 points. */
  close(): boolean;
  /** Drops the polygon being drawn; false when there was none. */
  cancel(): boolean;
}

/** How close (screen pixels) a click must land to the first point to close the polygon. */
const CLOSE_DISTANCE = 8;

export function usePolygonDraft(tool: ImageTool, latest: RefObject<PolygonContext>): PolygonDraft {
  const points = useRef<Point[]>([]);

  const show = useCallback(
    (cursor?: Point) => {
      const current = points.current;
      latest.current.preview.set(
        current.length > 0 ? { polygon: { points: current, cursor } } : {},
      );
    },
    [latest],
  );

  const draft = useMemo<PolygonDraft>(() => {
    const cancel = () => {
      if (points.current.length === 0) return false;
      points.current = [];
      show();
      return true;
    };
    const close = () => {
      const ctx = latest.current;
      if (points.current.length < 3 || !ctx.size) return false;
      const done = points.current;
      points.current = [];
      show();
      const message = addDrawnRegion(ctx, ctx.size, { shape: 'polygon', points: done });
      if (message) ctx.onHint(message);
      return true;
    };
    const nearFirst = (at: Point) => {
      const first = points.current[0];
      const box = latest.current.stageRef.current?.getBoundingClientRect();
      if (!first || !box) return false;
      // The image's width runs down the screen when it is on its side.
      const sideways = latest.current.rotation % 180 !== 0;
      const dx = ((at.x - first.x) / 100) * (sideways ? box.height : box.width);
      const dy = ((at.y - first.y) / 100) * (sideways ? box.width : box.height);
      return Math.hypot(dx, dy) <= CLOSE_DISTANCE;
    };
    return {
      cancel,
      close,
      click: (at) => {
        if (points.current.length >= 3 && nearFirst(at)) {
          close();
          return;
        }
        points.current = [...points.current, at];
        show();
      },
      hover: (at) => {
        if (points.current.length > 0) show(at);
      },
    };
  }, [latest, show]);

  useEffect(() => {
    if (tool !== 'polygon') draft.cancel();
  }, [tool, draft]);

  return draft;
}
