// The shape being drawn or resized, kept in a tiny store of its own so pointermoves re-render
// only this layer, never the regions.
import { useState, useSyncExternalStore } from 'react';
import { toPixels, type Point, type Rect, type Size } from './image-geometry';

export interface Preview {
  readonly rect?: Rect;
  readonly polygon?: { readonly points: readonly Point[]; readonly cursor: Point | undefined };
}

export interface PreviewStore {
  get(): Preview;
  set(next: Preview): void;
  subscribe(listener: () => void): () => void;
}

const EMPTY: Preview = {};

function createPreviewStore(): PreviewStore {
  let current = EMPTY;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (next) => {
      current = next;
      for (const l of listeners) l();
    },
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

export function usePreviewStore(): PreviewStore {
  const [store] = useState(createPreviewStore);
  return store;
}

export function PreviewLayer({ store, size }: { store: PreviewStore; size: Size }) {
  const preview = useSyncExternalStore(store.subscribe, store.get);
  const { rect, polygon } = preview;
  return (
    <g className="lc-image-preview" aria-hidden="true">
      {rect && <PreviewRect rect={rect} size={size} />}
      {polygon && <PreviewPolygon {...polygon} size={size} />}
    </g>
  );
}

function PreviewRect({ rect, size }: { rect: Rect; size: Size }) {
  const a = toPixels(rect, size);
  const b = toPixels({ x: rect.x + rect.width, y: rect.y + rect.height }, size);
  return (
    <rect
      className="lc-image-preview__shape"
      x={a.x}
      y={a.y}
      width={b.x - a.x}
      height={b.y - a.y}
      vectorEffect="non-scaling-stroke"
    />
  );
}

function PreviewPolygon({
  points,
  cursor,
  size,
}: {
  points: readonly Point[];
  cursor: Point | undefined;
  size: Size;
}) {
  const all = cursor ? [...points, cursor] : points;
  const path = all
    .map((p) => toPixels(p, size))
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
  const first = points[0] && toPixels(points[0], size);
  return (
    <>
      <polyline
        className="lc-image-preview__shape"
        points={path}
        vectorEffect="non-scaling-stroke"
      />
      {first && (
        <circle
          className="lc-image-preview__start"
          cx={first.x}
          cy={first.y}
          vectorEffect="non-scaling-stroke"
        />
      )}
    </>
  );
}
