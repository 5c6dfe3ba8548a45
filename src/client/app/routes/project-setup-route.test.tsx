import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TaskList } from '../../../shared/api/task-detail';
import { SignedInUserContext } from '../../features/auth/hooks/use-signed-in-user';
import { namedEntities } from '../../features/projects/templates/text-templates';
import { Route } from './project-setup-route';
import { buildProject, buildWhoami } from '../../../../test/setup/factories';
import { errorResponse, jsonResponse, stubFetch } from '../../../../test/setup/fetch';
import { buildTaskDetail } from '../../../../test/setup/labeling-factories';
import { renderWithProviders } from '../../../../test/setup/render';

const admin = buildWhoami({ id: 1, role: 'admin' });

function renderRoute(path: string) {
  const page = (
    <SignedInUserContext value={admin}>
      <Route />
    </SignedInUserContext>
  );
  return renderWithProviders(null, {
    route: path,
    routes: [
      { path: '/projects/new', element: page },
      { path: '/projects/:projectId/settings', element: page },
    ],
  });
}

const taskPage = (data: Record<string, unknown>) =>
  TaskList.parse({
    total_annotations: 0,
    total_predictions: 0,
    total: 1,
    tasks: [buildTaskDetail({ id: 70, project: 5, data })],
  });

describe('project setup route', () => {
  it('previews an existing project’s config on its first task', async () => {
    const project = buildProject({ id: 5, title: 'News', label_config: namedEntities.config });
    const { requests } = stubFetch({
      'GET /api/projects/5': jsonResponse(project),
      'GET /api/tasks': jsonResponse(taskPage({ text: 'Words from the first task.' })),
    });
    renderRoute('/projects/5/settings');

    expect(await screen.findByRole('heading', { level: 1, name: 'Settings: News' })).toBeVisible();
    const preview = await screen.findByRole('region', { name: 'Preview of the labeling editor' });
    expect(within(preview).getByText('Words from the first task.')).toBeVisible();
    expect(screen.getByText(/Data from this project’s first task\./)).toBeVisible();
    const tasks = requests.find((r) => r.url.pathname === '/api/tasks');
    expect(Object.fromEntries(tasks!.url.searchParams)).toEqual({
      project: '5',
      page_size: '1',
      fields: 'all',
    });
    expect(screen.getByRole('button', { name: 'Delete project…' })).toBeVisible();
  });

  it('falls back to sample data, with a retry, when the task cannot be loaded', async () => {
    const project = buildProject({ id: 5, label_config: namedEntities.config });
    stubFetch({
      'GET /api/projects/5': jsonResponse(project),
      'GET /api/tasks': [
        errorResponse(500, 'Internal server error'),
        jsonResponse(taskPage({ text: 'Loaded on retry.' })),
      ],
    });
    const { user } = renderRoute('/projects/5/settings');

    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent('Could not load a task for the preview');
    expect(screen.getByText(/Made-up data for the config’s variables\./)).toBeVisible();
    await user.click(within(problem).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByText('Loaded on retry.')).toBeVisible());
  });

  it('says so when the project does not exist', async () => {
    stubFetch({
      'GET /api/projects/404': errorResponse(404, 'No Project matches the given query.'),
    });
    renderRoute('/projects/404/settings');
    expect(await screen.findByRole('heading', { name: 'Project not found' })).toBeVisible();
  });

  it('opens an empty form on /projects/new', async () => {
    const { requests } = stubFetch({});
    renderRoute('/projects/new');
    expect(screen.getByRole('heading', { level: 1, name: 'New project' })).toBeVisible();
    expect(await screen.findByRole('textbox', { name: 'Label config' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Delete project…' })).not.toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});
