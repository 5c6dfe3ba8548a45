import { columnDef, type ColumnId } from '../table/columns';

export interface TaskTableHeaderProps {
  columns: readonly ColumnId[];
  sort: string | undefined;
  onSort(sort: string | undefined): void;
  /** State of the "select all matching" box. */
  allChecked: boolean;
  someChecked: boolean;
  total: number;
  onToggleAll(): void;
}

/** Ascending, then descending, then back to the default order (by id). */
function nextSort(column: ColumnId, sort: string | undefined): string | undefined {
  if (sort === column) return `-${column}`;
  if (sort === `-${column}`) return undefined;
  return column;
}

const ariaSort = (column: ColumnId, sort: string | undefined) =>
  sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : 'none';

export function TaskTableHeader({
  columns,
  sort,
  onSort,
  allChecked,
  someChecked,
  total,
  onToggleAll,
}: TaskTableHeaderProps) {
  return (
    <div role="row" aria-rowindex={1} className="task-table__row task-table__row--head">
      <div role="columnheader" className="task-table__cell task-table__cell--check">
        <input
          type="checkbox"
          aria-label={`Select all ${total.toLocaleString()} matching tasks`}
          checked={allChecked}
          ref={(el) => {
            if (el) el.indeterminate = someChecked && !allChecked;
          }}
          onChange={onToggleAll}
        />
      </div>
      <div role="columnheader" className="task-table__cell task-table__cell--actions">
        <span className="visually-hidden">Open</span>
      </div>
      {columns.map((column) => {
        const def = columnDef(column);
        const state = ariaSort(column, sort);
        return (
          <div
            key={column}
            role="columnheader"
            aria-sort={def.sortable ? state : undefined}
            className={`task-table__cell${def.align === 'end' ? ' task-table__cell--end' : ''}`}
          >
            {def.sortable ? (
              <button
                type="button"
                className="task-table__sort"
                onClick={() => onSort(nextSort(column, sort))}
              >
                <span>{def.label}</span>
                <span aria-hidden="true" className="task-table__sort-mark">
                  {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : ''}
                </span>
              </button>
            ) : (
              def.label
            )}
          </div>
        );
      })}
    </div>
  );
}
