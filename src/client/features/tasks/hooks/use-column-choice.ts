import { useCallback, useState } from 'react';
import { storage } from '../../../lib/storage';
import { DEFAULT_COLUMNS, isColumnId, type ColumnId } from '../table/columns';

const keyOf = (projectId: number) => `margin.taskColumns.${projectId}`;

function read(projectId: number): ColumnId[] | null {
  const raw = storage.get(keyOf(projectId));
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!Array.isArray(parsed)) return null;
    const ids = parsed.filter((v): v is ColumnId => typeof v === 'string' && isColumnId(v));
    return ids.length > 0 ? ids : null;
  } catch {
    return null;
  }
}

/**
 * Which columns the table shows, remembered per project in this browser. Until the person
 * picks, the defaults plus the project's data columns.
 */
export function useColumnChoice(projectId: number, dataColumns: readonly ColumnId[]) {
  const [chosen, setChosen] = useState<ColumnId[] | null>(() => read(projectId));
  const columns = chosen ?? [
    ...DEFAULT_COLUMNS.slice(0, 1),
    ...dataColumns.slice(0, 2),
    ...DEFAULT_COLUMNS.slice(1),
  ];
  const setColumns = useCallback(
    (next: ColumnId[]) => {
      setChosen(next);
      storage.set(keyOf(projectId), JSON.stringify(next));
    },
    [projectId],
  );
  return [columns, setColumns] as const;
}
