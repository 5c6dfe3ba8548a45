import type { TaskList } from '../../../../shared/api/task-detail';
import { TASK_COLUMNS } from '../../../../shared/api/task-query';

/** One row of the task table, as `GET /api/tasks?fields=table` lists it. */
export type TaskRowData = TaskList['tasks'][number];

/** The task table's own columns (the `tasks:<column>` names of the filter/ordering grammar). */
export const BASE_COLUMNS = TASK_COLUMNS;
export type BaseColumn = (typeof TASK_COLUMNS)[number];
/** `data.<key>` columns come from the config's variables and the tasks' data. */
export type ColumnId = BaseColumn | `data.${string}`;

export interface CellContext {
  /** A user's name for the annotators column, when the caller may list users. */
  personName(id: number): string;
}

interface ColumnDef {
  label: string;
  /** Width in rem; numbers stay narrow, text and dates get room. */
  width: number;
  /** Takes a share of the room the other columns leave (task data: the text people read). */
  grow?: boolean;
  sortable: boolean;
  align?: 'end';
  text(task: TaskRowData, ctx: CellContext): string;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const formatDate = (iso: string | null | undefined) => (iso ? dateTime.format(new Date(iso)) : '');
const yesNo = (value: boolean | undefined) => (value ? 'Yes' : 'No');
const count = (value: number) => String(value);

const NUMBER = 8.5;
const DATE = 12;

/** What each base column shows; a new column in BASE_COLUMNS fails typecheck until it has one. */
export const COLUMN_DEFS: Record<BaseColumn, ColumnDef> = {
  id: { label: 'ID', width: 6, sortable: true, text: (t) => String(t.id) },
  inner_id: { label: 'Inner ID', width: NUMBER, sortable: true, text: (t) => String(t.inner_id) },
  completed_at: {
    label: 'Completed',
    width: DATE,
    sortable: true,
    text: (t) => formatDate(t.completed_at),
  },
  total_annotations: {
    label: 'Annotations',
    width: NUMBER,
    sortable: true,
    align: 'end',
    text: (t) => count(t.total_annotations),
  },
  cancelled_annotations: {
    label: 'Skipped',
    width: NUMBER,
    sortable: true,
    align: 'end',
    text: (t) => count(t.cancelled_annotations),
  },
  total_predictions: {
    label: 'Predictions',
    width: NUMBER,
    sortable: true,
    align: 'end',
    text: (t) => count(t.total_predictions),
  },
  annotators: {
    label: 'Annotators',
    width: 12,
    sortable: false,
    text: (t, ctx) => (t.annotators ?? []).map((id) => ctx.personName(id)).join(', '),
  },
  ground_truth: {
    label: 'Ground truth',
    width: NUMBER,
    sortable: true,
    text: (t) => yesNo(t.ground_truth),
  },
  is_labeled: {
    label: 'Labeled',
    width: 6.5,
    sortable: true,
    text: (t) => yesNo(t.is_labeled),
  },
  created_at: {
    label: 'Created',
    width: DATE,
    sortable: true,
    text: (t) => formatDate(t.created_at),
  },
  updated_at: {
    label: 'Updated',
    width: DATE,
    sortable: true,
    text: (t) => formatDate(t.updated_at),
  },
  avg_lead_time: {
    label: 'Lead time (s)',
    width: NUMBER,
    sortable: true,
    align: 'end',
    text: (t) => (t.avg_lead_time == null ? '' : t.avg_lead_time.toFixed(1)),
  },
};

const isBase = (id: string): id is BaseColumn => Object.hasOwn(COLUMN_DEFS, id);

/** Task data is untrusted: shown as text only, objects as compact JSON. */
function dataText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function columnDef(id: ColumnId): ColumnDef {
  if (isBase(id)) return COLUMN_DEFS[id];
  const key = id.slice('data.'.length);
  return {
    label: key,
    width: 16,
    grow: true,
    sortable: true,
    text: (t) => dataText(t.data[key]),
  };
}

/** Selection box and the open / review links, before the chosen columns. */
const LEAD_TRACKS = [2.75, 7.5];

/**
 * The table's CSS grid tracks and the width they need at least (rem). Growing columns share
 * what is left of a wider table, so the table fills its page before anything scrolls.
 */
export function gridTracks(columns: readonly ColumnId[]): { template: string; minWidth: number } {
  const defs = columns.map(columnDef);
  const template = [
    ...LEAD_TRACKS.map((w) => `${w}rem`),
    ...defs.map((d) => (d.grow ? `minmax(${d.width}rem, 1fr)` : `${d.width}rem`)),
  ].join(' ');
  const minWidth = [...LEAD_TRACKS, ...defs.map((d) => d.width)].reduce((a, b) => a + b, 0);
  return { template, minWidth };
}

export const DEFAULT_COLUMNS: readonly ColumnId[] = [
  'id',
  'completed_at',
  'total_annotations',
  'cancelled_annotations',
  'total_predictions',
  'annotators',
];

/** The data keys worth a column: the config's variables first, then what the tasks carry. */
export function dataColumns(configKeys: readonly string[], firstRow?: TaskRowData): ColumnId[] {
  const keys = new Set(configKeys);
  for (const key of Object.keys(firstRow?.data ?? {})) keys.add(key);
  return [...keys].map((key): ColumnId => `data.${key}`);
}

export const isColumnId = (id: string): id is ColumnId => isBase(id) || id.startsWith('data.');
