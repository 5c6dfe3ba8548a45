// The shared body of Text and Paragraphs: a document string cut into rows, the object's span
// regions painted per row, windowing, and span creation from DOM selections. The object
// supplies the rows, how an item maps to document offsets and how offsets become an item.
import { useEffect, useEffectEvent, useMemo, useRef, useState, type ComponentType } from 'react';
import type { ResultItem } from '../../../../../shared/annotation/result-item-types';
import type { Granularity } from '../../../../../shared/label-config/tag-tree';
import { useEditorResult, useSelectedRegionId } from '../../stores/editor-store';
import { useRenderContext } from '../render-context';
import { regionsAtTarget, selectionOffsets } from './dom-offsets';
import { LineBuckets, lineOf, type LineRange } from './line-buckets';
import { labelsControlsFor, type LabelsControl } from './region-controls';
import { SpanViewCache, type SpanLocator, type SpanView } from './span-views';
import { useIssueRegionIds } from './use-issue-ids';
import { useRowWindow } from './use-row-window';
import { useSpanCreation } from './use-span-creation';
import { snapSelection } from './word-snap';
import './span-document.css';

export interface RowProps {
  index: number;
  line: LineRange;
  doc: string;
  spans: readonly SpanView[];
  selectedId: string | null;
  showLabels: boolean;
  /** Per-row text shown outside the selectable text (a paragraph's author). */
  caption: string | undefined;
  measure: ((el: HTMLElement | null) => void) | undefined;
}

export type SpanRange = { start: number; end: number };

export interface SpanDocumentProps {
  objectName: string;
  /** Accessible name of the text region. */
  label: string;
  doc: string;
  lines: readonly LineRange[];
  captions?: readonly string[] | undefined;
  /** A memoized row; it renders `data-offset`/`data-end` on the element holding the text. */
  Row: ComponentType<RowProps>;
  granularity: Granularity;
  selectionEnabled: boolean;
  showLabels: boolean;
  virtualize: boolean;
  /** Pixel height guess for a row before it is measured. */
  estimateRowSize(index: number): number;
  locate: SpanLocator;
  /** The region item for snapped document offsets (UTF-16, end exclusive). */
  toItem(range: SpanRange, control: LabelsControl, labels: readonly string[]): ResultItem | null;
}

const NO_SPANS: readonly SpanView[] = [];

export function SpanDocument(props: SpanDocumentProps) {
  const { objectName, doc, lines, Row, locate, virtualize, estimateRowSize } = props;
  const { config, readOnly } = useRenderContext();
  const controls = useMemo(() => labelsControlsFor(config, objectName), [config, objectName]);
  const result = useEditorResult();
  const selectedId = useSelectedRegionId();
  const issueIds = useIssueRegionIds();
  const [caches] = useState(() => ({ views: new SpanViewCache(), rows: new LineBuckets() }));
  const spans = useMemo(
    () => caches.views.build(result, objectName, controls, issueIds, locate),
    [caches, result, objectName, controls, issueIds, locate],
  );
  const buckets = useMemo(() => caches.rows.assign(lines, spans), [caches, lines, spans]);
  const selected = useMemo(() => spans.find((s) => s.id === selectedId), [spans, selectedId]);
  const firstRow = selected ? lineOf(lines, selected.start) : -1;
  const lastRow = selected ? lineOf(lines, selected.end - 1) : -1;

  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useRowWindow(lines.length, virtualize, scrollRef, estimateRowSize);

  // Scroll to a region selected elsewhere (region list, hotkeys), not to one clicked here.
  const clickedRef = useRef<string | null>(null);
  const revealSelected = useEffectEvent((id: string, row: number) => {
    const clicked = clickedRef.current;
    clickedRef.current = null;
    if (clicked === id) return;
    rows.scrollToIndex(row);
    requestAnimationFrame(() => {
      if (!/^[\w-]+$/.test(id)) return;
      const mark = scrollRef.current?.querySelector(`[data-regions~="${id}"]`);
      mark?.scrollIntoView?.({ block: 'nearest' });
    });
  });
  useEffect(() => {
    if (selected) revealSelected(selected.id, lineOf(lines, selected.start));
    // Only a change of selection scrolls; edits to the selected span do not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected?.id]);

  const enabled = !readOnly && props.selectionEnabled;
  useSpanCreation({
    containerRef: scrollRef,
    controls,
    enabled,
    buildItem: (range, control, labels) => {
      const container = scrollRef.current;
      const offsets = container ? selectionOffsets(container, range) : null;
      const snapped = offsets ? snapSelection(doc, offsets, props.granularity) : null;
      return snapped ? props.toItem(snapped, control, labels) : null;
    },
    regionsAt: (event) => regionsAtTarget(event.target),
    onRegionClick: (id) => {
      clickedRef.current = id;
    },
  });

  return (
    <div
      ref={scrollRef}
      className={`lc-doc${enabled ? ' lc-doc--selectable' : ''}`}
      role="region"
      aria-label={props.label}
      // The text scrolls on its own when long; keyboard users must be able to scroll it.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <div style={{ paddingTop: rows.paddingTop, paddingBottom: rows.paddingBottom }}>
        {rows.indexes.map((index) => {
          const line = lines[index];
          if (!line) return null;
          const hasSelected = index >= firstRow && index <= lastRow;
          return (
            <Row
              key={index}
              index={index}
              line={line}
              doc={doc}
              spans={buckets[index] ?? NO_SPANS}
              selectedId={hasSelected ? selectedId : null}
              showLabels={props.showLabels}
              caption={props.captions?.[index]}
              measure={rows.measure}
            />
          );
        })}
      </div>
    </div>
  );
}
