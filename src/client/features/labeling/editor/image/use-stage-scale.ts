// Image pixels per screen pixel at zoom 1, as the `--lc-upx` custom property on the stage.
// Labels and handles are drawn in image pixels (the SVG's viewBox); CSS multiplies their
// on-screen size by this so they read the same on a 4000 px photo and a 200 px icon.
import { useEffect, type RefObject } from 'react';
import type { Size } from './image-geometry';

export function useStageScale(stageRef: RefObject<HTMLElement | null>, size: Size | null): void {
  const width = size?.width;
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage || width === undefined) return;
    const update = () => {
      // offsetWidth ignores the zoom transform, which --lc-zoom accounts for separately.
      const shown = stage.offsetWidth;
      stage.style.setProperty('--lc-upx', String(shown > 0 ? width / shown : 1));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(stage);
    return () => observer.disconnect();
  }, [stageRef, width]);
}
