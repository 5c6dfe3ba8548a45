import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { storage, storageKeys } from '../../../lib/storage';
import { ProjectDetailPage } from './project-detail-page';
// eslint.config.js has no allowance yet for tests importing the shared helpers in test/setup.
import { buildProject } from '../../../../../test/setup/factories';
import { errorResponse, jsonResponse, stubFetch } from '../../../../../test/setup/fetch';
import { renderWithProviders } from '../../../../../test/setup/render';

const routes = [{ path: '/projects/:projectId', element: <ProjectDetailPage /> }];

describe('ProjectDetailPage', () => {
  it('shows the project, sanitized instructions and a way to start labeling', async () => {
    stubFetch({
      'GET /api/projects/5': jsonResponse(
        buildProject({
          id: 5,
          title: 'Invoices',
          description: 'Extract totals.',
          expert_instruction:
            '<p>Mark the <b>total</b>.</p><img src="x" onerror="window.__pwned = true"><script>window.__pwned = true</script>',
          task_number: 8,
          finished_task_number: 2,
          total_annotations_number: 3,
          queue_total: 4,
          queue_done: 1,
        }),
      ),
    });
    renderWithProviders(null, { routes, route: '/projects/5' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument();
    expect(screen.getByText('Extract totals.')).toBeInTheDocument();
    expect(screen.getByText('total', { selector: 'b' })).toBeInTheDocument();
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('[onerror]')).toBeNull();
    expect(screen.getByRole('progressbar', { name: 'Project progress' })).toHaveAttribute(
      'aria-valuetext',
      '2 of 8 tasks done',
    );
    expect(screen.getByRole('progressbar', { name: 'My queue progress' })).toHaveAttribute(
      'aria-valuetext',
      '1 of 4 done, 3 left',
    );
    expect(screen.getByRole('link', { name: 'Start labeling' })).toHaveAttribute(
      'href',
      '/projects/5/label',
    );
    expect(storage.get(storageKeys.lastProject)).toBe('5');
  });

  it('says so when the project does not exist', async () => {
    stubFetch({ 'GET /api/projects/9': errorResponse(404, 'No Project matches the given query.') });
    renderWithProviders(null, { routes, route: '/projects/9' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Project not found' }),
    ).toBeInTheDocument();
    expect(storage.get(storageKeys.lastProject)).toBeNull();
  });

  it('points a project without tasks to the import, for those who may import', async () => {
    stubFetch({ 'GET /api/projects/6': jsonResponse(buildProject({ id: 6, task_number: 0 })) });
    const importRoutes = [
      {
        path: '/projects/:projectId',
        element: <ProjectDetailPage importAction={() => <a href="/import">Import tasks</a>} />,
      },
    ];
    const view = renderWithProviders(null, { routes: importRoutes, route: '/projects/6' });
    expect(await screen.findByRole('heading', { name: 'No tasks yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Import tasks' })).toBeInTheDocument();
    view.unmount();

    stubFetch({ 'GET /api/projects/6': jsonResponse(buildProject({ id: 6, task_number: 0 })) });
    renderWithProviders(null, { routes, route: '/projects/6' });
    expect(await screen.findByText(/once an admin imports them/)).toBeInTheDocument();
  });
});
