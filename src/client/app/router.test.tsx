import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppQueryClient } from './query-client';
import { createAppRoutes } from './router';
// eslint.config.js has no allowance yet for tests importing the shared helpers in test/setup.
import {
  buildProject,
  buildProjectList,
  buildUser,
  buildWhoami,
} from '../../../test/setup/factories';
import { errorResponse, jsonResponse, noContent, stubFetch } from '../../../test/setup/fetch';
import { buildNextTask } from '../../../test/setup/labeling-factories';
import { renderWithProviders } from '../../../test/setup/render';

const signedOut = () => errorResponse(401, 'Authentication credentials were not provided.');

const renderApp = (route: string) =>
  renderWithProviders(null, {
    route,
    routes: createAppRoutes(),
    queryClient: createAppQueryClient(),
  });

describe('app routes', () => {
  it('takes a signed-out visitor through sign-in to the page they asked for', async () => {
    const ada = buildUser({ email: 'ada@example.org', initials: 'AL' });
    stubFetch({
      'GET /api/current-user/whoami': signedOut(),
      'POST /api/auth/login': jsonResponse(ada),
      'GET /api/projects': jsonResponse(buildProjectList([buildProject({ title: 'Receipts' })])),
    });
    const { user, router } = renderApp('/projects');

    await user.type(await screen.findByLabelText('Email'), 'ada@example.org');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('link', { name: 'Receipts' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/projects');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Projects' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('button', { name: /account menu/i })).toHaveTextContent(
      'ada@example.org',
    );
  });

  it('signs out from the account menu', async () => {
    const { requests } = stubFetch({
      'GET /api/current-user/whoami': jsonResponse(buildWhoami({ role: 'reviewer' })),
      'GET /api/projects': jsonResponse(buildProjectList([])),
      'POST /api/auth/logout': noContent(),
    });
    const { user, router } = renderApp('/projects');

    await user.click(await screen.findByRole('button', { name: /account menu/i }));
    expect(screen.getByText('Reviewer')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in to Margin' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('');
    expect(requests.some((r) => r.method === 'POST' && r.url.pathname === '/api/auth/logout')).toBe(
      true,
    );
  });

  it('returns to sign-in when the session ends mid-use (any 401)', async () => {
    stubFetch({
      'GET /api/current-user/whoami': jsonResponse(buildWhoami()),
      'GET /api/projects/4': signedOut(),
    });
    const { router } = renderApp('/projects/4');

    expect(await screen.findByRole('heading', { name: 'Sign in to Margin' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/projects/4')}`);
  });

  it('shows a role-appropriate empty state', async () => {
    stubFetch({
      'GET /api/current-user/whoami': jsonResponse(buildWhoami({ role: 'admin' })),
      'GET /api/projects': jsonResponse(buildProjectList([])),
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { name: 'No projects yet' })).toBeInTheDocument();
    expect(screen.getByText('POST /api/projects')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New project' })).toHaveAttribute(
      'href',
      '/projects/new',
    );
  });

  it.each([
    ['admin', ['Tasks', 'Review', 'Dashboard', 'Settings']],
    ['reviewer', ['Tasks', 'Review', 'Dashboard']],
    ['annotator', []],
  ] as const)('offers a %s only the project pages their role may open', async (role, names) => {
    stubFetch({
      'GET /api/current-user/whoami': jsonResponse(buildWhoami({ role })),
      'GET /api/projects/5': jsonResponse(buildProject({ id: 5, title: 'Receipts' })),
    });
    renderApp('/projects/5');

    await screen.findByRole('heading', { name: 'Receipts' });
    const nav = screen.queryByRole('navigation', { name: 'Project' });
    const links = nav
      ? within(nav)
          .getAllByRole('link')
          .map((l) => l.textContent)
      : [];
    expect(links).toEqual(names);
    expect(screen.getByRole('link', { name: 'Start labeling' })).toBeInTheDocument();
  });

  it.each(['/projects/5/review', '/projects/5/data', '/projects/5/dashboard', '/projects/new'])(
    'shows an annotator the 403 page at %s',
    async (route) => {
      stubFetch({
        'GET /api/current-user/whoami': jsonResponse(buildWhoami({ role: 'annotator' })),
      });
      renderApp(route);
      expect(
        await screen.findByRole('heading', { name: 'You don’t have access to this page' }),
      ).toBeInTheDocument();
    },
  );

  it('renders the labeling route and a 404 for unknown paths', async () => {
    const config =
      '<View><Text name="t" value="$text"/><Choices name="c" toName="t"><Choice value="Yes"/></Choices></View>';
    const task = buildNextTask({ id: 12, data: { text: 'Is this spam?' } });
    stubFetch({
      'GET /api/current-user/whoami': jsonResponse(buildWhoami()),
      'GET /api/projects/3': jsonResponse(buildProject({ id: 3, label_config: config })),
      'GET /api/projects/3/next': jsonResponse(task),
      'GET /api/projects/3/label-stream-history': jsonResponse([]),
      'GET /api/tasks/12': jsonResponse(task),
    });
    const { router } = renderApp('/projects/3/label');

    expect(
      await screen.findByRole('heading', { name: 'Task 12' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Is this spam?')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?task=12');

    await router.navigate('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
