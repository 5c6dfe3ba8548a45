import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { gridTracks, type CellContext, type ColumnId, type TaskRowData } from '../table/columns';
import { isSelected, type Selection } from '../table/selection';
import { TaskRow } from './task-row';
import { TaskTableHeader } from './task-table-header';
import './task-table.css';

/** Fixed: the virtualizer never measures, and a million rows cost nothing to lay out. */
export const ROW_HEIGHT = 40;
/** Ask for the next page this many rows before the end of what is loaded. */
const PREFETCH_ROWS = 30;

export interface TaskTableProps {
  rows: readonly TaskRowData[];
  total: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage(): void;
  columns: readonly ColumnId[];
  sort: string | undefined;
  onSort(sort: string | undefined): void;
  selection: Selection;
  onToggle(id: number, index: number, range: boolean): void;
  onToggleAll(): void;
  ctx: CellContext;
  taskHref(task: TaskRowData): string;
  reviewHref(task: TaskRowData): string | null;
  onOpen(task: TaskRowData): void;
}

const MOVES: Record<string, (i: number, last: number, page: number) => number> = {
  ArrowDown: (i, last) => Math.min(i + 1, last),
  ArrowUp: (i) => Math.max(i - 1, 0),
  PageDown: (i, last, page) => Math.min(i + page, last),
  PageUp: (i, _last, page) => Math.max(i - page, 0),
  Home: () => 0,
  End: (_i, last) => last,
};

export function TaskTable(props: TaskTableProps) {
  const { rows, hasNextPage, isFetchingNextPage, fetchNextPage, columns, selection } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusWanted = useRef(false);
  const count = rows.length + (hasNextPage ? 1 : 0);
  // Rows are memoized TaskRows that never receive the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1200, height: 600 },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - PREFETCH_ROWS)
      fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastIndex, rows.length, fetchNextPage]);

  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));
  useEffect(() => {
    if (!focusWanted.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(
      `[role="row"][data-index="${activeIndex}"]`,
    );
    if (row) {
      row.focus({ preventScroll: true });
      focusWanted.current = false;
    }
  });

  const { onOpen, onToggle } = props;
  const openAt = useCallback(
    (index: number) => {
      const task = rows[index];
      if (task) onOpen(task);
    },
    [rows, onOpen],
  );

  const onRowKey = useCallback(
    (e: KeyboardEvent<HTMLDivElement>, index: number) => {
      const move = MOVES[e.key];
      if (move) {
        e.preventDefault();
        const height = scrollRef.current?.clientHeight ?? 400;
        const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
        const next = move(index, Math.max(rows.length - 1, 0), page);
        setActive(next);
        focusWanted.current = true;
        virtualizer.scrollToIndex(next, { align: 'auto' });
      } else if (e.key === 'Enter') {
        e.preventDefault();
        openAt(index);
      } else if (e.key === ' ') {
        e.preventDefault();
        const task = rows[index];
        if (task) onToggle(task.id, index, e.shiftKey);
      }
    },
    [rows, openAt, onToggle, virtualizer],
  );

  const tracks = gridTracks(columns);
  const total = props.total;
  const selectedHere = selection.all || selection.ids.size > 0;

  return (
    <div
      ref={scrollRef}
      className="task-table__scroll"
      role="table"
      aria-label="Tasks"
      aria-rowcount={total + 1}
      aria-colcount={columns.length + 2}
    >
      <div
        className="task-table__inner"
        style={{
          ['--task-table-columns' as string]: tracks.template,
          minWidth: `${tracks.minWidth}rem`,
        }}
      >
        <div role="rowgroup" className="task-table__head">
          <TaskTableHeader
            columns={columns}
            sort={props.sort}
            onSort={props.onSort}
            allChecked={selection.all && selection.excluded.size === 0}
            someChecked={selectedHere}
            total={total}
            onToggleAll={props.onToggleAll}
          />
        </div>
        {/* Keyboard: arrows, Page Up/Down, Home/End move between rows; Enter opens; Space selects. */}
        <div
          role="rowgroup"
          className="task-table__body"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {items.map((item) => {
            const task = rows[item.index];
            if (!task) {
              return (
                <div
                  key="loader"
                  role="row"
                  className="task-table__row task-table__row--loader"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <div role="cell" className="task-table__cell">
                    Loading more tasks…
                  </div>
                </div>
              );
            }
            return (
              <TaskRow
                key={task.id}
                task={task}
                index={item.index}
                start={item.start}
                columns={columns}
                selected={isSelected(selection, task.id)}
                active={item.index === activeIndex}
                ctx={props.ctx}
                taskHref={props.taskHref(task)}
                reviewHref={props.reviewHref(task)}
                onToggle={onToggle}
                onOpen={openAt}
                onRowKey={onRowKey}
                onRowFocus={setActive}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
