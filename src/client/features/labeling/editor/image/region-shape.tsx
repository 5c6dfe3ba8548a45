// One region on the image overlay. Memoized on its item (edits keep untouched items' identity)
// and primitive props, so moving one of 500 regions re-renders one shape. Pointer handling is
// delegated to the SVG: the shape only carries data-region-id.
import { memo, type ReactNode } from 'react';
import type { ResultItem } from '../../../../../shared/annotation/result-item-types';
import {
  pointsOf,
  rectOf,
  toPixels,
  type ImageShape,
  type Point,
  type Size,
} from './image-geometry';

export interface RegionShapeProps {
  readonly id: string;
  readonly shape: ImageShape;
  readonly item: ResultItem;
  readonly name: string;
  readonly label: string;
  readonly color: string;
  readonly fill: string;
  readonly fillOpacity: number;
  readonly strokeWidth: number;
  readonly width: number;
  readonly height: number;
  readonly selected: boolean;
  readonly invalid: boolean;
}

export const RegionShape = memo(function RegionShape(props: RegionShapeProps) {
  const { id, shape, item, name, label, selected, invalid } = props;
  const size = { width: props.width, height: props.height };
  const paint = {
    className: 'lc-image-region__shape',
    stroke: props.color,
    fill: props.fill,
    fillOpacity: props.fillOpacity,
    // Screen pixels through the stage's scale variables, not `vector-effect:
    // non-scaling-stroke`: that one depends on the screen transform, so every pan step would
    // repaint all regions instead of just moving one composited layer.
    style: {
      strokeWidth: `calc(${selected ? props.strokeWidth + 2 : props.strokeWidth}px * var(--lc-upx) / var(--lc-zoom))`,
    },
  };
  const { body, anchor } = geometry(shape, item.value, size, paint);
  const classes = ['lc-image-region'];
  if (selected) classes.push('lc-image-region--selected');
  if (invalid) classes.push('lc-image-region--invalid');
  return (
    <g
      className={classes.join(' ')}
      data-region-id={id}
      role="button"
      // One tab stop for the selected region, not 500: the SVG itself is the other one.
      tabIndex={selected ? 0 : -1}
      aria-label={invalid ? `${name} (has errors)` : name}
      aria-pressed={selected}
    >
      {body}
      {label && (
        <text className="lc-image-region__label" x={anchor.x} y={anchor.y} fill={props.color}>
          {label}
        </text>
      )}
    </g>
  );
});

type Paint = Record<string, unknown> & { className: string };

function geometry(
  shape: ImageShape,
  value: Record<string, unknown>,
  size: Size,
  paint: Paint,
): { body: ReactNode; anchor: Point } {
  if (shape === 'rectangle') {
    const r = rectOf(value);
    const a = toPixels(r, size);
    const b = toPixels({ x: r.x + r.width, y: r.y + r.height }, size);
    return {
      body: (
        <rect
          {...paint}
          x={a.x}
          y={a.y}
          width={b.x - a.x}
          height={b.y - a.y}
          transform={r.rotation ? `rotate(${r.rotation} ${a.x} ${a.y})` : undefined}
        />
      ),
      anchor: a,
    };
  }
  if (shape === 'polygon') {
    const points = pointsOf(value).map((p) => toPixels(p, size));
    const top = points.reduce<Point | undefined>((m, p) => (!m || p.y < m.y ? p : m), undefined);
    return {
      body: <polygon {...paint} points={points.map((p) => `${p.x},${p.y}`).join(' ')} />,
      anchor: top ?? { x: 0, y: 0 },
    };
  }
  const center = toPixels(rectOf(value), size);
  const radius = Math.max((rectOf(value).width / 100) * size.width, 0.5);
  return {
    body: <circle {...paint} fillOpacity={1} cx={center.x} cy={center.y} r={radius} />,
    anchor: { x: center.x + radius, y: center.y - radius },
  };
}
