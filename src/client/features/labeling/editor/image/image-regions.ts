// Result items → what the image overlay draws: one entry per region on this image, with the
// colours and label text its control and labels give it. Recomputed per edit; the entries keep
// the items' identity so memoized shapes re-render only when their own item changed.
import { groupRegions } from '../../../../../shared/annotation/regions';
import type { ResultEntry, ResultItem } from '../../../../../shared/annotation/result-item-types';
import { shapeOfType } from '../../../../../shared/label-config/control-specs';
import type { LabelConfig } from '../../../../../shared/label-config/label-config';
import { DEFAULT_LABEL_BACKGROUND } from '../../../../../shared/label-config/build-option-tags';
import type { ImageShape } from './image-geometry';

export interface ImageRegion {
  readonly id: string;
  readonly shape: ImageShape;
  readonly item: ResultItem;
  readonly labels: readonly string[];
  readonly color: string;
  readonly fill: string;
  readonly fillOpacity: number;
  readonly strokeWidth: number;
}

const DEFAULT_OPACITY = 0.2;
const DEFAULT_STROKE = 2;

function labelsOf(item: ResultItem): string[] {
  const raw = item.value[item.type];
  return Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
}

function styleOf(config: LabelConfig, item: ResultItem, labels: readonly string[]) {
  const control = config.controls.get(item.from_name);
  const region = control && 'labels' in control ? control : undefined;
  const [first] = labels;
  const label = region?.labels.find((l) => l.value === first || l.alias === first);
  const color = label?.background ?? region?.fillColor ?? DEFAULT_LABEL_BACKGROUND;
  return {
    color,
    fill: region?.fillColor ?? color,
    fillOpacity: region?.opacity ?? DEFAULT_OPACITY,
    strokeWidth: region?.strokeWidth ?? DEFAULT_STROKE,
  };
}

export function imageRegionsOf(
  config: LabelConfig,
  result: readonly ResultEntry[],
  imageName: string,
): ImageRegion[] {
  const out: ImageRegion[] = [];
  for (const region of groupRegions(result).regions) {
    const item = region.shapeItem;
    if (!item || item.to_name !== imageName) continue;
    const shape = shapeOfType(item.type);
    if (shape === undefined || shape === 'span') continue;
    const labels = labelsOf(item);
    out.push({ id: region.id, shape, item, labels, ...styleOf(config, item, labels) });
  }
  return out;
}

const SHAPE_NAMES: Record<ImageShape, string> = {
  rectangle: 'rectangle',
  polygon: 'polygon',
  keypoint: 'keypoint',
};

export const regionName = (r: ImageRegion): string =>
  `${r.labels.length > 0 ? r.labels.join(', ') : 'Unlabeled'} ${SHAPE_NAMES[r.shape]}`;
