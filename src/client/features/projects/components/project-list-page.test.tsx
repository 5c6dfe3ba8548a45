import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { storage, storageKeys } from '../../../lib/storage';
import { ProjectListPage } from './project-list-page';
// eslint.config.js has no allowance yet for tests importing the shared helpers in test/setup.
import { buildProject, buildProjectList } from '../../../../../test/setup/factories';
import { errorResponse, jsonResponse, stubFetch } from '../../../../../test/setup/fetch';
import { renderWithProviders } from '../../../../../test/setup/render';

const renderPage = (route = '/projects') =>
  renderWithProviders(null, {
    route,
    routes: [
      { path: '/projects', element: <ProjectListPage /> },
      { path: '/projects/:id', element: <h1>Detail</h1> },
    ],
  });

describe('ProjectListPage', () => {
  it('shows each project with its progress, annotations and my progress', async () => {
    const project = buildProject({
      id: 11,
      title: 'Support tickets',
      description: 'Classify incoming tickets by intent.',
      task_number: 40,
      finished_task_number: 12,
      total_annotations_number: 57,
      queue_total: 10,
      queue_done: 3,
    });
    const { requests } = stubFetch({
      'GET /api/projects': jsonResponse(buildProjectList([project, buildProject({ id: 12 })])),
    });
    renderPage();

    expect(screen.getByRole('status')).toHaveTextContent('Loading projects…');
    const list = await screen.findByRole('list', { name: 'Projects' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('2 projects')).toBeInTheDocument();

    const card = within(list).getAllByRole('listitem')[0]!;
    expect(within(card).getByRole('link', { name: 'Support tickets' })).toHaveAttribute(
      'href',
      '/projects/11',
    );
    expect(within(card).getByText('Classify incoming tickets by intent.')).toBeInTheDocument();
    const bar = within(card).getByRole('progressbar', { name: 'Progress of Support tickets' });
    expect(bar).toHaveAttribute('aria-valuenow', '12');
    expect(bar).toHaveAttribute('aria-valuemax', '40');
    expect(bar).toHaveAttribute('aria-valuetext', '12 of 40 tasks done');
    expect(within(card).getByText('30%')).toBeInTheDocument();
    expect(within(card).getByText('57')).toBeInTheDocument();
    expect(within(card).getByText(/3 \/ 10/)).toBeInTheDocument();
    expect(within(card).getByText(/7 left/)).toBeInTheDocument();

    expect(requests[0]?.url.searchParams.get('page')).toBe('1');
    expect(requests[0]?.url.searchParams.get('page_size')).toBe('30');
  });

  it('highlights the project opened last', async () => {
    storage.set(storageKeys.lastProject, '12');
    stubFetch({
      'GET /api/projects': jsonResponse(
        buildProjectList([buildProject({ id: 11 }), buildProject({ id: 12, title: 'Receipts' })]),
      ),
    });
    renderPage();

    const link = await screen.findByRole('link', { name: 'Receipts' });
    const card = link.closest('li')!;
    expect(within(card).getByText('Last opened')).toBeInTheDocument();
    expect(screen.getAllByText('Last opened')).toHaveLength(1);
  });

  it('shows an empty state when there are no projects', async () => {
    stubFetch({ 'GET /api/projects': jsonResponse(buildProjectList([])) });
    renderPage();

    expect(await screen.findByRole('heading', { name: 'No projects yet' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Projects' })).not.toBeInTheDocument();
  });

  it('shows the error in place and recovers on Retry', async () => {
    const { requests } = stubFetch({
      'GET /api/projects': [
        errorResponse(500, 'Internal server error'),
        jsonResponse(buildProjectList([buildProject({ title: 'Back again' })])),
      ],
    });
    const { user } = renderPage();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load projects');
    expect(alert).toHaveTextContent('Reference: 2f1c7a0e-0d7b-4c59-9b55-3a0d4f3f2a11');

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('link', { name: 'Back again' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(requests).toHaveLength(2);
  });

  it('pages through long lists', async () => {
    const { requests } = stubFetch({
      'GET /api/projects': (request) => {
        const page = Number(request.url.searchParams.get('page'));
        return jsonResponse(
          buildProjectList([buildProject({ title: `On page ${page}` })], { count: 45 }),
        );
      },
    });
    const { user } = renderPage();

    await screen.findByRole('link', { name: 'On page 1' });
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Next' }));

    expect(await screen.findByRole('link', { name: 'On page 2' })).toBeInTheDocument();
    expect(requests.at(-1)?.url.searchParams.get('page')).toBe('2');
    expect(screen.getByRole('link', { name: 'Previous' })).toHaveAttribute('href', '/projects');
  });
});
