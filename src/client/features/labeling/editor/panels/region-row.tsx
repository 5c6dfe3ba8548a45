// One row of the region list: select (click or Enter), link to another region, delete.
import { memo } from 'react';
import { deleteRegion } from '../../../../../shared/annotation/edits';
import type { Region } from '../../../../../shared/annotation/regions';
import type { LabelConfig } from '../../../../../shared/label-config/label-config';
import { Badge } from '../../../../components/badge';
import { editorActions, editResult } from '../../stores/editor-store';
import { startLinking } from '../controls/relation-link-store';
import { regionLabels, regionName, regionSummary } from './region-describe';
import '../controls/controls.css';
import './region-list.css';

export interface RegionRowProps {
  region: Region;
  config: LabelConfig;
  selected: boolean;
  linkable: boolean;
  readOnly: boolean;
  issues: readonly string[] | undefined;
}

function originBadge(region: Region) {
  const origin = region.shapeItem?.origin ?? region.items[0]?.origin;
  if (origin === 'prediction') return <Badge tone="accent">Prediction</Badge>;
  if (origin === 'prediction-changed') return <Badge>Prediction, edited</Badge>;
  return null;
}

function RegionRowImpl({ region, config, selected, linkable, readOnly, issues }: RegionRowProps) {
  const labels = regionLabels(config, region);
  const name = regionName(config, region);
  const issuesId = `lc-region-issues-${region.id}`;
  const select = () => editorActions.regionSelected(region.id);
  return (
    <div className="lc-region" data-selected={selected || undefined}>
      <div className="lc-region__main">
        <button
          type="button"
          className="lc-region__select"
          aria-current={selected ? 'true' : undefined}
          aria-describedby={issues ? issuesId : undefined}
          onClick={select}
        >
          <span className="lc-region__labels">
            {labels.length === 0 && <span className="lc-region__label">No label</span>}
            {labels.map((label) => (
              <span key={label.text} className="lc-region__label">
                <span
                  className="lc-swatch"
                  style={{ background: label.color ?? 'var(--color-border-strong)' }}
                  aria-hidden="true"
                />
                {label.text}
              </span>
            ))}
          </span>
          <span className="lc-region__summary">{regionSummary(region)}</span>
          {originBadge(region)}
        </button>
        {!readOnly && linkable && (
          <button
            type="button"
            className="lc-icon-button"
            aria-label={`Link ${name} to…`}
            title="Link to another region"
            onClick={() => {
              select();
              startLinking();
            }}
          >
            <span aria-hidden="true">⇢</span>
          </button>
        )}
        {!readOnly && (
          <button
            type="button"
            className="lc-icon-button lc-region__delete"
            aria-label={`Delete ${name}`}
            title="Delete region"
            onClick={() => {
              if (selected) editorActions.regionSelected(null);
              editResult((result) => deleteRegion(result, region.id));
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
      {issues && (
        <ul id={issuesId} className="lc-region__issues">
          {issues.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

const sameItems = (a: Region, b: Region) =>
  a.items.length === b.items.length && a.items.every((item, i) => item === b.items[i]);

/** Rows re-render only when their own items, selection or issues change. */
export const RegionRow = memo(
  RegionRowImpl,
  (a, b) =>
    a.config === b.config &&
    a.selected === b.selected &&
    a.linkable === b.linkable &&
    a.readOnly === b.readOnly &&
    a.issues === b.issues &&
    sameItems(a.region, b.region),
);
