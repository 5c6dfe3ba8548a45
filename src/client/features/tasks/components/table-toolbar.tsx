import { useEffect, useState } from 'react';
import { TextField } from '../../../components/text-field';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import type { ColumnId } from '../table/columns';
import type { FilterState } from '../table/filters';
import { ColumnPicker } from './column-picker';
import { FilterPanel, type Person } from './filter-panel';
import './toolbar.css';

/** Typing settles for this long before the table asks the server. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface TableToolbarProps {
  search: string;
  onSearch(value: string): void;
  filters: FilterState;
  onFilters(next: FilterState): void;
  people: readonly Person[] | null;
  available: readonly ColumnId[];
  columns: readonly ColumnId[];
  onColumns(next: ColumnId[]): void;
  /** Matching tasks; null until the first page has arrived. */
  total: number | null;
}

export function TableToolbar(props: TableToolbarProps) {
  const { search, onSearch } = props;
  const [text, setText] = useState(search);
  // A URL change from elsewhere (Back, "Clear search") resets the box, during render.
  const [shown, setShown] = useState(search);
  if (shown !== search) {
    setShown(search);
    setText(search);
  }
  const settled = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    if (settled !== search) onSearch(settled);
    // Only a settled change of the box goes to the URL, not a URL change echoing back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);

  return (
    <div className="tt-toolbar">
      <TextField
        className="tt-toolbar__search"
        label="Search task data"
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <FilterPanel value={props.filters} onChange={props.onFilters} people={props.people} />
      <ColumnPicker available={props.available} value={props.columns} onChange={props.onColumns} />
      {props.total !== null && (
        <p className="tt-toolbar__count" role="status">
          {props.total.toLocaleString()} {props.total === 1 ? 'task' : 'tasks'}
        </p>
      )}
    </div>
  );
}
