import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { DmAction } from '../../../../shared/api/dm-actions';
import { can } from '../../../../shared/api/permissions';
import type { Project } from '../../../../shared/api/projects';
import type { Role } from '../../../../shared/api/users';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Page } from '../../../components/page';
import { dmActionQueries } from '../api/dm-action-queries';
import { taskTableQueries } from '../api/task-table-queries';
import { useColumnChoice } from '../hooks/use-column-choice';
import { useImportParam } from '../hooks/use-import-param';
import { useSelection } from '../hooks/use-selection';
import { useTableParams } from '../hooks/use-table-params';
import { BASE_COLUMNS, dataColumns, type CellContext, type TaskRowData } from '../table/columns';
import { exportSelection } from '../table/export-selection';
import { toFilters } from '../table/filters';
import { selectedCount, toSelectedItems } from '../table/selection';
import { ActionDialog } from './action-dialog';
import { ExportDialog } from './export-dialog';
import type { Person } from './filter-panel';
import { ImportDialog } from './import-dialog';
import { SelectionBar } from './selection-bar';
import { TableToolbar } from './table-toolbar';
import { TaskTableBody } from './task-table-body';

export interface TaskTablePageProps {
  project: Project;
  role: Role;
  /** Names for the annotators column and filter, when the caller may list users. */
  people: readonly Person[] | null;
  taskHref(taskId: number): string;
  reviewHref(annotationId: number): string;
  /** Tasks were added or deleted: whatever shows the project's counts should refetch. */
  onTasksChanged(): void;
  eyebrow?: ReactNode;
}

/** The data manager: every task of a project, with import, export and bulk actions. */
export function TaskTablePage(props: TaskTablePageProps) {
  const { project, role, people, onTasksChanged } = props;
  const navigate = useNavigate();
  const params = useTableParams();
  const filters = useMemo(() => toFilters(params.filters), [params.filters]);
  const view = { projectId: project.id, sort: params.sort, search: params.search, filters };
  const query = useInfiniteQuery(taskTableQueries.list(view));
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.tasks) ?? [], [query.data]);
  const total = query.data?.pages[0]?.total ?? 0;
  const rowIds = useMemo(() => rows.map((t) => t.id), [rows]);
  const { selection, toggle, toggleAll, clear, selectAll } = useSelection(
    JSON.stringify([filters, params.search]),
    rowIds,
  );
  const count = selectedCount(selection, total);

  const configKeys = Object.values(project.parsed_label_config).flatMap((c) =>
    c.inputs.map((i) => i.value),
  );
  const dataCols = dataColumns(configKeys, rows[0]);
  const [columns, setColumns] = useColumnChoice(project.id, dataCols);

  const actions = useQuery(dmActionQueries.list(project.id));
  const [action, setAction] = useState<DmAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [importing, setImporting] = useImportParam();
  const mayImport = can(role, 'tasks.manage');
  const [exporting, setExporting] = useState<{ preferSelected: boolean } | null>(null);
  const mayExport = can(role, 'projects.export');
  const mayReview = can(role, 'annotations.review');

  const names = useMemo(() => new Map(people?.map((p) => [p.id, p.name])), [people]);
  const ctx: CellContext = useMemo(
    () => ({ personName: (id) => names.get(id) ?? `User ${id}` }),
    [names],
  );
  const { taskHref, reviewHref } = props;
  const hrefOf = useCallback((t: TaskRowData) => taskHref(t.id), [taskHref]);
  const reviewOf = useCallback(
    (t: TaskRowData) => {
      const latest = mayReview ? t.annotations_ids?.split(',').filter(Boolean).at(-1) : undefined;
      return latest ? reviewHref(Number(latest)) : null;
    },
    [mayReview, reviewHref],
  );
  const open = useCallback((t: TaskRowData) => void navigate(taskHref(t.id)), [navigate, taskHref]);

  return (
    <Page
      width="wide"
      title="Tasks"
      documentTitle={`Tasks · ${project.title || `Project ${project.id}`}`}
      eyebrow={props.eyebrow}
      description={<p>{project.title || `Project ${project.id}`}</p>}
      actions={
        <>
          {mayImport && (
            <Button variant="primary" onClick={() => setImporting(true)}>
              Import
            </Button>
          )}
          {mayExport && (
            <Button onClick={() => setExporting({ preferSelected: false })}>Export</Button>
          )}
        </>
      }
    >
      <TableToolbar
        search={params.search}
        onSearch={params.setSearch}
        filters={params.filters}
        onFilters={params.setFilters}
        people={people}
        available={[...BASE_COLUMNS, ...dataCols]}
        columns={columns}
        onColumns={setColumns}
        total={query.data ? total : null}
      />
      {notice && <Alert tone="info">{notice}</Alert>}
      {count > 0 && (
        <SelectionBar
          count={count}
          total={total}
          allMatching={selection.all}
          onSelectAllMatching={selectAll}
          onClear={clear}
          actions={actions.data ?? []}
          onAction={setAction}
          onExport={mayExport ? () => setExporting({ preferSelected: true }) : undefined}
        />
      )}
      <TaskTableBody
        query={query}
        rows={rows}
        total={total}
        filtered={filters !== null || params.search !== ''}
        onImport={mayImport ? () => setImporting(true) : undefined}
        onClearFilters={() => {
          params.setFilters({});
          params.setSearch('');
        }}
        columns={columns}
        sort={params.sort}
        onSort={params.setSort}
        selection={selection}
        onToggle={toggle}
        onToggleAll={toggleAll}
        ctx={ctx}
        taskHref={hrefOf}
        reviewHref={reviewOf}
        onOpen={open}
      />
      <ActionDialog
        projectId={project.id}
        action={action}
        count={count}
        body={{
          selectedItems: toSelectedItems(selection),
          ...(filters ? { filters } : {}),
          ...(params.search ? { search: params.search } : {}),
        }}
        onClose={() => setAction(null)}
        onDone={(detail) => {
          setAction(null);
          clear();
          setNotice(detail);
        }}
        onTasksChanged={onTasksChanged}
      />
      <ImportDialog
        projectId={project.id}
        open={importing}
        onClose={() => setImporting(false)}
        onTasksChanged={onTasksChanged}
      />
      <ExportDialog
        projectId={project.id}
        open={exporting !== null}
        onClose={() => setExporting(null)}
        preferSelected={exporting?.preferSelected ?? false}
        selection={exportSelection(selection, rows, total, !query.hasNextPage)}
      />
    </Page>
  );
}
