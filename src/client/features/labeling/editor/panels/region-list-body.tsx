// The rows of the region list, plain or virtualized; both keep the selected row in view.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Region } from '../../../../../shared/annotation/regions';
import type { LabelConfig } from '../../../../../shared/label-config/label-config';
import { RegionRow } from './region-row';
import './region-list.css';

export interface RowsProps {
  regions: readonly Region[];
  config: LabelConfig;
  selectedId: string | null;
  readOnly: boolean;
  linkable: boolean;
  issues: ReadonlyMap<string, readonly string[]>;
}

const ROW_ESTIMATE = 52;

export function PlainRows(props: RowsProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const { selectedId } = props;
  useEffect(() => {
    if (selectedId === null) return;
    const row = [...(listRef.current?.children ?? [])].find(
      (el) => (el as HTMLElement).dataset['regionId'] === selectedId,
    );
    // jsdom has no scrollIntoView; browsers do.
    row?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);
  return (
    <ul ref={listRef} className="lc-region-list__rows lc-region-list__scroll">
      {props.regions.map((region) => (
        <li key={region.id} data-region-id={region.id}>
          <RegionRow {...rowProps(props, region)} />
        </li>
      ))}
    </ul>
  );
}

export function VirtualRows(props: RowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { regions, selectedId } = props;
  // The compiler skips this component (fine: rows are memoized RegionRows that never receive
  // the virtualizer's functions).
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: regions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => regions[index]?.id ?? index,
    overscan: 8,
  });
  // Follows the selection, not every edit: an edit elsewhere must not yank the scroll position.
  const selectedIndex = selectedId === null ? -1 : regions.findIndex((r) => r.id === selectedId);
  useEffect(() => {
    if (selectedIndex !== -1) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);
  return (
    <div ref={scrollRef} className="lc-region-list__scroll">
      <ul className="lc-region-list__rows" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const region = regions[row.index];
          if (!region) return null;
          return (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              data-region-id={region.id}
              aria-setsize={regions.length}
              aria-posinset={row.index + 1}
              className="lc-region-list__virtual-row"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <RegionRow {...rowProps(props, region)} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function rowProps(props: RowsProps, region: Region) {
  return {
    region,
    config: props.config,
    selected: region.id === props.selectedId,
    linkable: props.linkable,
    readOnly: props.readOnly,
    issues: props.issues.get(region.id),
  };
}
