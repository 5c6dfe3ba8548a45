import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import { columnDef, type CellContext, type ColumnId, type TaskRowData } from '../table/columns';

export interface TaskRowProps {
  task: TaskRowData;
  index: number;
  /** Pixel offset inside the scrolled body (rows have one fixed height). */
  start: number;
  columns: readonly ColumnId[];
  selected: boolean;
  /** The row that takes keyboard focus (roving tabindex: one tab stop for the whole body). */
  active: boolean;
  ctx: CellContext;
  taskHref: string;
  /** Review of the latest annotation; null when there is none or the caller may not review. */
  reviewHref: string | null;
  onToggle(id: number, index: number, range: boolean): void;
  onOpen(index: number): void;
  /** Arrows, Page Up/Down, Home/End, Enter and Space on a focused row (see TaskTable). */
  onRowKey(e: KeyboardEvent<HTMLDivElement>, index: number): void;
  onRowFocus(index: number): void;
}

/** A click on the row opens the task, except on its own controls (checkbox, links). */
const fromControl = (e: MouseEvent) =>
  e.target instanceof Element && e.target.closest('a, button, input, label') !== null;

/** Memoized: scrolling re-renders only rows that enter, leave or change. */
export const TaskRow = memo(function TaskRow({
  task,
  index,
  start,
  columns,
  selected,
  active,
  ctx,
  taskHref,
  reviewHref,
  onToggle,
  onOpen,
  onRowKey,
  onRowFocus,
}: TaskRowProps) {
  const tab = active ? 0 : -1;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      tabIndex={tab}
      className={`task-table__row${selected ? ' task-table__row--selected' : ''}`}
      style={{ transform: `translateY(${start}px)` }}
      onClick={(e) => {
        if (!fromControl(e)) onOpen(index);
      }}
      onKeyDown={(e) => {
        if (e.target === e.currentTarget) onRowKey(e, index);
      }}
      onFocus={() => onRowFocus(index)}
    >
      <div role="cell" className="task-table__cell task-table__cell--check">
        <input
          type="checkbox"
          tabIndex={tab}
          checked={selected}
          aria-label={`Select task ${task.id}`}
          onChange={() => {}}
          onClick={(e) => {
            e.stopPropagation();
            onToggle(task.id, index, e.shiftKey);
          }}
        />
      </div>
      <div role="cell" className="task-table__cell task-table__cell--actions">
        <Link to={taskHref} tabIndex={tab} aria-label={`Label task ${task.id}`}>
          Label
        </Link>
        {reviewHref && (
          <Link to={reviewHref} tabIndex={tab} aria-label={`Review task ${task.id}`}>
            Review
          </Link>
        )}
      </div>
      {columns.map((column) => {
        const def = columnDef(column);
        const text = def.text(task, ctx);
        return (
          <div
            key={column}
            role="cell"
            className={`task-table__cell${def.align === 'end' ? ' task-table__cell--end' : ''}`}
            title={text.length > 24 ? text : undefined}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
});
