// Which Labels controls draw spans on an object, and the colour each label paints with.
import type { LabelConfig } from '../../../../../shared/label-config/label-config';
import type { RegionControlNode } from '../../../../../shared/label-config/tag-tree';

export type LabelsControl = RegionControlNode<'Labels'>;

/** Label Studio's default `Label background`. */
export const DEFAULT_SPAN_COLOR = '#36B37E';

export function labelsControlsFor(config: LabelConfig, objectName: string): LabelsControl[] {
  const out: LabelsControl[] = [];
  for (const control of config.controls.values())
    if (control.tag === 'Labels' && control.toName.includes(objectName)) out.push(control);
  return out;
}

/**
 * A config colour is written into inline styles and highlight rules, so only values the
 * browser parses as a colour get through (jsdom has no CSS.supports: plain names/hex only).
 */
export function safeColor(color: string | undefined): string {
  if (!color) return DEFAULT_SPAN_COLOR;
  const supports = typeof CSS !== 'undefined' && typeof CSS.supports === 'function';
  const ok = supports ? CSS.supports('color', color) : /^(#[0-9a-f]{3,8}|[a-z]+)$/i.test(color);
  return ok ? color : DEFAULT_SPAN_COLOR;
}

/** The colour of the first label of a region (stored values may be aliases). */
export function labelColor(control: LabelsControl | undefined, labels: readonly unknown[]): string {
  const first = labels[0];
  const label = control?.labels.find((l) => l.value === first || l.alias === first);
  return safeColor(label?.background);
}
