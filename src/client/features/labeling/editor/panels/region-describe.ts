// Short, human descriptions of a region for the region list and the relations list.
import type { Region } from '../../../../../shared/annotation/regions';
import { CONTROL_SPECS, shapeOfType } from '../../../../../shared/label-config/control-specs';
import type { LabelConfig } from '../../../../../shared/label-config/label-config';

export interface RegionLabel {
  readonly text: string;
  /** The Label's `background`, or undefined for values the config does not declare. */
  readonly color: string | undefined;
}

const MAX_TEXT = 40;

export function regionLabels(config: LabelConfig, region: Region): RegionLabel[] {
  const item = region.shapeItem;
  if (!item) return [];
  const control = config.controls.get(item.from_name);
  if (!control || !('labels' in control)) return [];
  const key = CONTROL_SPECS[control.tag].valueKey;
  const raw = key === undefined ? undefined : item.value[key];
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((v): v is string => typeof v === 'string')
    .map((text) => {
      const label = control.labels.find((l) => l.value === text || l.alias === text);
      return { text, color: label?.background };
    });
}

/** Covered text (truncated by code points, so an emoji is never cut in half) or the shape. */
export function regionSummary(region: Region): string {
  const item = region.shapeItem ?? region.items[0];
  if (!item) return 'Region';
  const text = item.value['text'];
  if (typeof text === 'string') {
    const chars = Array.from(text.replace(/\s+/g, ' ').trim());
    return chars.length > MAX_TEXT ? `${chars.slice(0, MAX_TEXT - 1).join('')}…` : chars.join('');
  }
  const shape = shapeOfType(item.type);
  if (shape === 'polygon') {
    const points = item.value['points'];
    return `Polygon, ${Array.isArray(points) ? points.length : 0} points`;
  }
  if (shape === 'keypoint') return 'Key point';
  if (shape === 'rectangle') return 'Rectangle';
  return shape === 'span' ? 'Span' : 'Region';
}

/** "Person: Ada Lovelace", for naming a region in a sentence or a button label. */
export function regionName(config: LabelConfig, region: Region | undefined): string {
  if (!region) return 'Missing region';
  const labels = regionLabels(config, region).map((l) => l.text);
  const summary = regionSummary(region);
  return labels.length > 0 ? `${labels.join(', ')}: ${summary}` : summary;
}
