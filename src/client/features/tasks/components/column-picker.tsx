import { columnDef, type ColumnId } from '../table/columns';
import './toolbar.css';

export interface ColumnPickerProps {
  available: readonly ColumnId[];
  value: readonly ColumnId[];
  onChange(next: ColumnId[]): void;
}

/** Tick the columns to show; they keep the order of `available`. The last one cannot go. */
export function ColumnPicker({ available, value, onChange }: ColumnPickerProps) {
  const shown = new Set(value);
  const toggle = (column: ColumnId) => {
    const next = new Set(shown);
    if (next.has(column)) next.delete(column);
    else next.add(column);
    onChange(available.filter((c) => next.has(c)));
  };
  return (
    <details className="tt-popover">
      <summary className="btn btn--secondary btn--md">Columns</summary>
      <fieldset className="tt-popover__panel tt-columns">
        <legend className="visually-hidden">Columns to show</legend>
        {available.map((column) => (
          <label key={column} className="tt-columns__item">
            <input
              type="checkbox"
              checked={shown.has(column)}
              disabled={shown.has(column) && shown.size === 1}
              onChange={() => toggle(column)}
            />
            <span>
              {column.startsWith('data.')
                ? `Data: ${columnDef(column).label}`
                : columnDef(column).label}
            </span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
