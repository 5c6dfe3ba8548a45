import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../../shared/api/users';
import { TaskTablePage } from './task-table-page';
// eslint.config.js has no allowance yet for tests importing the shared helpers in test/setup.
import { buildProject } from '../../../../../test/setup/factories';
import {
  errorResponse,
  jsonResponse,
  stubFetch,
  type StubRequest,
} from '../../../../../test/setup/fetch';
import { renderWithProviders } from '../../../../../test/setup/render';
import {
  buildDmActions,
  buildDmResult,
  buildTableTask,
  buildTableTasks,
  buildTaskPage,
} from '../../../../../test/setup/task-table-factories';

const project = buildProject({
  id: 7,
  title: 'Reviews',
  parsed_label_config: {
    sentiment: {
      type: 'Choices',
      to_name: ['text'],
      inputs: [{ type: 'Text', value: 'text' }],
      labels: ['Positive', 'Negative'],
    },
  },
});

function renderPage(role: Role = 'admin', route = '/projects/7/data') {
  return renderWithProviders(
    <TaskTablePage
      project={project}
      role={role}
      people={[{ id: 4, name: 'Ada Lovelace' }]}
      taskHref={(id) => `/projects/7/label?task=${id}`}
      reviewHref={(id) => `/projects/7/review?annotation=${id}`}
      onTasksChanged={() => {}}
    />,
    { route },
  );
}

const listCalls = (requests: StubRequest[]) =>
  requests.filter((r) => r.method === 'GET' && r.url.pathname === '/api/tasks');
const lastList = (requests: StubRequest[]) => listCalls(requests).at(-1)!.url.searchParams;

// jsdom lays nothing out: give the scroller a height so the virtualizer shows a window of rows.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeEach(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 400,
  });
});
afterEach(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

const stubEmptyProject = () =>
  stubFetch({
    'GET /api/tasks': jsonResponse(buildTaskPage([])),
    'GET /api/dm/actions': jsonResponse(buildDmActions()),
  });

describe('TaskTablePage', () => {
  it('renders the first page, shows the total, and loads the next page on scroll', async () => {
    const { requests } = stubFetch({
      'GET /api/tasks': (req) =>
        jsonResponse(
          req.url.searchParams.get('after') === 'cursor-2'
            ? buildTaskPage(buildTableTasks(101, 150), { total: 150 })
            : buildTaskPage(buildTableTasks(1, 100), { total: 150, next_cursor: 'cursor-2' }),
        ),
      'GET /api/dm/actions': jsonResponse(buildDmActions()),
    });
    renderPage();

    const table = await screen.findByRole('table', { name: 'Tasks' });
    expect(screen.getByText('150 tasks')).toBeInTheDocument();
    expect(within(table).getByRole('cell', { name: 'Task text 1' })).toBeInTheDocument();
    // Only a window of rows is in the DOM, never the whole page.
    expect(within(table).getAllByRole('row').length).toBeLessThan(40);
    const first = lastList(requests);
    expect(first.get('project')).toBe('7');
    expect(first.get('fields')).toBe('table');
    expect(first.get('after')).toBeNull();

    const scroller = table;
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: 90 * 40 });
    fireEvent.scroll(scroller);
    await waitFor(() => expect(lastList(requests).get('after')).toBe('cursor-2'));
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: 140 * 40 });
    fireEvent.scroll(scroller);
    expect(await within(table).findByRole('cell', { name: 'Task text 150' })).toBeInTheDocument();
    expect(listCalls(requests)).toHaveLength(2);
  });

  it('sorts by a column header: ascending, then descending, in the ordering param', async () => {
    const { requests } = stubFetch({
      'GET /api/tasks': jsonResponse(buildTaskPage(buildTableTasks(1, 3))),
      'GET /api/dm/actions': jsonResponse(buildDmActions()),
    });
    const { user, router } = renderPage();
    await screen.findByRole('table', { name: 'Tasks' });

    await user.click(screen.getByRole('button', { name: 'Annotations' }));
    await waitFor(() =>
      expect(lastList(requests).get('ordering')).toBe('["tasks:total_annotations"]'),
    );
    expect(router.state.location.search).toContain('sort=total_annotations');
    expect(screen.getByRole('columnheader', { name: /Annotations/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: /Annotations/ }));
    await waitFor(() =>
      expect(lastList(requests).get('ordering')).toBe('["-tasks:total_annotations"]'),
    );
  });

  it('maps the filters and the debounced search onto the query', async () => {
    const { requests } = stubFetch({
      'GET /api/tasks': jsonResponse(buildTaskPage(buildTableTasks(1, 3))),
      'GET /api/dm/actions': jsonResponse(buildDmActions()),
    });
    const { user } = renderPage();
    await screen.findByRole('table', { name: 'Tasks' });

    await user.click(screen.getByText('Filters'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'labeled');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Annotator' }), 'Ada Lovelace');
    await waitFor(() =>
      expect(JSON.parse(lastList(requests).get('filters') ?? 'null')).toEqual({
        conjunction: 'and',
        items: [
          { filter: 'filter:tasks:is_labeled', operator: 'equal', type: 'Boolean', value: true },
          { filter: 'filter:tasks:annotators', operator: 'in', type: 'List', value: [4] },
        ],
      }),
    );
    expect(screen.getByText('Filters (2)')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search task data' }), 'apple');
    await waitFor(() => expect(lastList(requests).get('search')).toBe('apple'));
    // Debounced: one request for the whole word, not one per key.
    expect(listCalls(requests).filter((r) => r.url.searchParams.has('search'))).toHaveLength(1);
  });

  it('selects a range with shift-click and deletes it after confirming the count', async () => {
    const { requests } = stubFetch({
      'GET /api/tasks': jsonResponse(buildTaskPage(buildTableTasks(1, 6))),
      'GET /api/dm/actions': jsonResponse(buildDmActions()),
      'POST /api/dm/actions': jsonResponse(buildDmResult(3, 'Deleted 3 tasks.')),
    });
    const { user } = renderPage();
    await screen.findByRole('table', { name: 'Tasks' });

    await user.click(screen.getByRole('checkbox', { name: 'Select task 2' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select task 4' }));
    await user.keyboard('{/Shift}');
    expect(screen.getByText('3 of 6 selected')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete tasks' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete tasks?' });
    expect(within(dialog).getByText('3 tasks')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete tasks: 3 tasks' }));

    expect(await screen.findByText('Deleted 3 tasks.')).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.url.searchParams.get('id')).toBe('delete_tasks');
    expect(post.url.searchParams.get('project')).toBe('7');
    expect(post.body).toEqual({ selectedItems: { all: false, included: [2, 3, 4] } });
    // The table refetches after the change.
    await waitFor(() => expect(listCalls(requests).length).toBeGreaterThan(1));
  });

  it('"all matching" sends all:true with the unticked rows and the view\'s filters', async () => {
    const { requests } = stubFetch({
      'GET /api/tasks': jsonResponse(
        buildTaskPage(buildTableTasks(1, 100), { total: 5000, next_cursor: 'next' }),
      ),
      'GET /api/dm/actions': jsonResponse(buildDmActions(['delete_ground_truths'])),
      'POST /api/dm/actions': jsonResponse(buildDmResult(4998, 'Removed ground truth.')),
    });
    const { user } = renderPage('reviewer', '/projects/7/data?gt=yes');
    await screen.findByRole('table', { name: 'Tasks' });

    await user.click(screen.getByRole('checkbox', { name: 'Select all 5,000 matching tasks' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select task 3' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select task 5' }));
    expect(screen.getByText('4,998 of 5,000 selected (all matching)')).toBeInTheDocument();
    // A reviewer may remove ground truth but neither delete nor import.
    expect(screen.queryByRole('button', { name: 'Delete tasks' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove ground truth' }));
    await user.click(screen.getByRole('button', { name: 'Remove ground truth: 4,998 tasks' }));
    await screen.findByText('Removed ground truth.');
    expect(requests.find((r) => r.method === 'POST')!.body).toEqual({
      selectedItems: { all: true, excluded: [3, 5] },
      filters: {
        conjunction: 'and',
        items: [
          { filter: 'filter:tasks:ground_truth', operator: 'equal', type: 'Boolean', value: true },
        ],
      },
    });
  });

  it('opens a task from its row, and offers review of the latest annotation', async () => {
    stubFetch({
      'GET /api/tasks': jsonResponse(
        buildTaskPage([
          buildTableTask({
            id: 1,
            total_annotations: 2,
            annotations_ids: '11,12',
            annotators: [4],
          }),
          buildTableTask({ id: 2 }),
        ]),
      ),
      'GET /api/dm/actions': jsonResponse(buildDmActions()),
    });
    const { user, router } = renderPage();
    const table = await screen.findByRole('table', { name: 'Tasks' });
    expect(within(table).getByRole('cell', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Review task 1' })).toHaveAttribute(
      'href',
      '/projects/7/review?annotation=12',
    );
    expect(within(table).queryByRole('link', { name: 'Review task 2' })).not.toBeInTheDocument();

    const row = within(table).getByRole('cell', { name: 'Task text 1' }).closest('[role="row"]');
    (row as HTMLElement).focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(table).getByRole('cell', { name: 'Task text 2' }).closest('[role="row"]'),
      ),
    );
    await user.keyboard('{Enter}');
    expect(router.state.location.pathname + router.state.location.search).toBe(
      '/projects/7/label?task=2',
    );
  });

  it('shows a load error in place with a retry', async () => {
    stubFetch({
      'GET /api/tasks': [
        errorResponse(500, 'Internal server error'),
        jsonResponse(buildTaskPage(buildTableTasks(1, 2))),
      ],
      'GET /api/dm/actions': jsonResponse(buildDmActions()),
    });
    const { user } = renderPage();
    expect(await screen.findByText('Could not load the tasks')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Tasks' })).toBeInTheDocument();
  });

  it('opens the import dialog from ?import=1 and offers an import on an empty project', async () => {
    stubEmptyProject();
    const { user, router } = renderPage('admin', '/projects/7/data?import=1');
    const dialog = await screen.findByRole('dialog', { name: 'Import tasks' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog', { name: 'Import tasks' })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('');

    expect(await screen.findByRole('heading', { name: 'No tasks yet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import tasks' }));
    expect(await screen.findByRole('dialog', { name: 'Import tasks' })).toBeInTheDocument();
  });

  it('offers no import to a reviewer', async () => {
    stubEmptyProject();
    renderPage('reviewer', '/projects/7/data?import=1');
    expect(await screen.findByRole('heading', { name: 'No tasks yet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import tasks' })).not.toBeInTheDocument();
  });
});
