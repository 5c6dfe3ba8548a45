// The label bar of every region control (Labels, RectangleLabels, …): one toggle per label.
// With a region of this control selected a press relabels it; otherwise it arms the label for
// the next region (toggleRegionLabel). Label-less tools (Rectangle, Polygon, KeyPoint) show a hint.
import { isRelation, type ResultEntry } from '../../../../../shared/annotation/result-item-types';
import { CONTROL_SPECS } from '../../../../../shared/label-config/control-specs';
import type { AnyRegionControlNode, LabelNode } from '../../../../../shared/label-config/tag-tree';
import { useArmedLabels, useEditorSelector } from '../../stores/editor-store';
import { useRenderContext } from '../render-context';
import { storesOption } from './classification-access';
import { toggleRegionLabel } from './control-actions';
import { ControlField } from './control-field';
import { ariaShortcut, HotkeyBadge } from './hotkey-badge';
import { useHotkeyBadges } from './use-hotkey-badges';
import './controls.css';
import './region-labels-control.css';

const NO_LABELS: readonly string[] = [];

export function RegionLabelsControl({ node }: { node: AnyRegionControlNode }) {
  if (node.labels.length === 0) {
    const shape = CONTROL_SPECS[node.tag].region ?? 'region';
    return (
      <p className="lc-control__help" data-control={node.name}>
        Draw a {shape === 'keypoint' ? 'key point' : shape} on {node.toName.join(', ')}.
      </p>
    );
  }
  return <LabelBar node={node} />;
}

function LabelBar({ node }: { node: AnyRegionControlNode }) {
  const { config, readOnly } = useRenderContext();
  const hotkeys = useHotkeyBadges(node.name);
  const armed = useArmedLabels(node.name);
  const key = CONTROL_SPECS[node.tag].valueKey ?? '';
  // The selected region's labels when this control drew it; undefined otherwise.
  const regionLabels = useEditorSelector((s) => {
    if (s.selectedRegionId === null) return undefined;
    const shape = s.result.find(
      (e) => !isRelation(e) && e.id === s.selectedRegionId && e.from_name === node.name,
    );
    if (!shape || isRelation(shape)) return undefined;
    const labels = shape.value[key];
    return Array.isArray(labels) ? (labels as string[]) : NO_LABELS;
  });
  const limited =
    node.maxUsages !== undefined || node.labels.some((l) => l.maxUsages !== undefined);
  const usage = useEditorSelector((s) => (limited ? countUsage(node, key, s.result) : ''));
  const counts = usage === '' ? [] : usage.split(',').map(Number);

  const active = regionLabels ?? armed;
  return (
    <ControlField control={node} kind="group">
      {() => (
        <div className={`lc-labels${node.showInline ? '' : ' lc-labels--stacked'}`}>
          {regionLabels === undefined && armed.length === 0 && (
            <span className="visually-hidden">No label armed.</span>
          )}
          {node.labels.map((label, i) => {
            const pressed = storesOption(active, label);
            const limit = label.maxUsages ?? node.maxUsages;
            const atLimit = limit !== undefined && (counts[i] ?? 0) >= limit && !pressed;
            const hotkey = hotkeys.get(label.value);
            return (
              <button
                key={label.value}
                type="button"
                className="lc-label-toggle"
                aria-pressed={pressed}
                aria-keyshortcuts={ariaShortcut(hotkey)}
                disabled={readOnly || atLimit}
                title={label.hint ?? (atLimit ? `Used ${limit} times (the limit)` : undefined)}
                onClick={() => toggleRegionLabel(config, node.name, label.value)}
              >
                <span
                  className="lc-swatch"
                  style={{ background: label.background }}
                  aria-hidden="true"
                />
                <span>{label.value}</span>
                <HotkeyBadge hotkey={hotkey} />
              </button>
            );
          })}
        </div>
      )}
    </ControlField>
  );
}

/** Regions of this control carrying each label, as "n,n,…" so equal counts don't re-render. */
function countUsage(
  node: AnyRegionControlNode,
  key: string,
  result: readonly ResultEntry[],
): string {
  const counts = node.labels.map(() => 0);
  for (const entry of result) {
    if (isRelation(entry) || entry.from_name !== node.name) continue;
    const labels = entry.value[key];
    if (!Array.isArray(labels)) continue;
    node.labels.forEach((label: LabelNode, i) => {
      if (storesOption(labels, label)) counts[i] = (counts[i] ?? 0) + 1;
    });
  }
  return counts.join(',');
}
