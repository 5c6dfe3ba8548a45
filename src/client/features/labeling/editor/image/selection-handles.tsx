// Corner handles of the selected rectangle. Their on-screen size comes from CSS (`r` scaled by
// --lc-upx / --lc-zoom), so zooming does not re-render them. Rotated rectangles get no handles:
// resizing in the rotated frame is not supported yet.
import type { ResultItem } from '../../../../../shared/annotation/result-item-types';
import { CORNERS, cornerPoint, rectOf, toPixels, type Size } from './image-geometry';

export function SelectionHandles({ item, size }: { item: ResultItem; size: Size }) {
  const rect = rectOf(item.value);
  if (rect.rotation !== 0) return null;
  return (
    <g className="lc-image-handles" aria-hidden="true">
      {CORNERS.map((corner) => {
        const p = toPixels(cornerPoint(rect, corner), size);
        return (
          <circle
            key={corner}
            className={`lc-image-handles__handle lc-image-handles__handle--${corner}`}
            data-handle={corner}
            cx={p.x}
            cy={p.y}
            r={4}
            vectorEffect="non-scaling-stroke"
          />
        );
      })}
    </g>
  );
}
