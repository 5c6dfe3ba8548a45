// Every region of the open result: label colour, labels, what it covers, prediction origin and
// validation issues; click or Enter selects, buttons link and delete. Long lists are
// virtualized (2,000 regions must scroll smoothly); short ones render every row.
import { useMemo } from 'react';
import { groupRegions } from '../../../../../shared/annotation/regions';
import { drawsRegions } from '../../../../../shared/label-config/label-config';
import { useEditorIssues, useEditorResult, useSelectedRegionId } from '../../stores/editor-store';
import { useRenderContext } from '../render-context';
import { PlainRows, VirtualRows, type RowsProps } from './region-list-body';
import { issuesByRegion } from './region-issues';
import './region-list.css';

/** Below this many regions every row is rendered (cheap, and visible to jsdom tests). */
const VIRTUALIZE_FROM = 100;

export function RegionList() {
  const { config, readOnly } = useRenderContext();
  const result = useEditorResult();
  const selectedId = useSelectedRegionId();
  const issues = useEditorIssues();
  const { regions } = useMemo(() => groupRegions(result), [result]);
  const regionIssues = useMemo(() => issuesByRegion(issues, result), [issues, result]);
  const drawing = useMemo(() => drawsRegions(config), [config]);
  // A config of whole-task answers only (Choices, Rating, TextArea) has no list to show.
  if (!drawing && regions.length === 0) return null;

  const rows: RowsProps = {
    regions,
    config,
    selectedId,
    readOnly,
    linkable: config.relations.length > 0,
    issues: regionIssues,
  };
  return (
    <section className="lc-region-list" aria-labelledby="lc-region-list-title">
      <h2 id="lc-region-list-title" className="lc-region-list__title">
        Regions ({regions.length})
      </h2>
      {regions.length === 0 ? (
        <p className="lc-region-list__empty">No regions yet.</p>
      ) : regions.length < VIRTUALIZE_FROM ? (
        <PlainRows {...rows} />
      ) : (
        <VirtualRows {...rows} />
      )}
    </section>
  );
}
