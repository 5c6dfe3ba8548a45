import type { Key, ReactNode } from 'react';
import './data-table.css';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
}

export interface DataTableProps<T> {
  caption: string;
  /** The caption is for assistive technology only (a heading already names the table). */
  hideCaption?: boolean;
  /** The first column names the row (a `th` with row scope). */
  rowHeader: Column<T>;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => Key;
}

/** A plain data table in a scroll box that keyboard users can scroll too. */
export function DataTable<T>({
  caption,
  hideCaption = false,
  rowHeader,
  columns,
  rows,
  rowKey,
}: DataTableProps<T>) {
  const numeric = (c: Column<T>) => (c.numeric ? 'data-table__num' : undefined);
  return (
    // A focusable region: at 200 % zoom wide tables scroll sideways, by keyboard as well.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="data-table__scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption className={hideCaption ? 'visually-hidden' : 'data-table__caption'}>
          {caption}
        </caption>
        <thead>
          <tr>
            {[rowHeader, ...columns].map((c) => (
              <th key={c.header} scope="col" className={numeric(c)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              <th scope="row">{rowHeader.cell(row)}</th>
              {columns.map((c) => (
                <td key={c.header} className={numeric(c)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
