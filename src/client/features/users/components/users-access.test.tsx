import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
// The guard, the nav and the 403 page live in the app layer; this renders the whole route tree.
import { createAppQueryClient } from '../../../app/query-client';
import { createAppRoutes } from '../../../app/router';
// eslint.config.js has no allowance yet for tests importing the shared helpers in test/setup.
import { buildWhoami } from '../../../../../test/setup/factories';
import { jsonResponse, stubFetch } from '../../../../../test/setup/fetch';
import { renderWithProviders } from '../../../../../test/setup/render';
import { buildToken, buildUserList } from '../../../../../test/setup/user-factories';

/** The first visit to a lazy route transforms its module graph, which is slow on a busy machine. */
const LAZY = { timeout: 5000 };

const renderApp = (route: string) =>
  renderWithProviders(null, {
    route,
    routes: createAppRoutes(),
    queryClient: createAppQueryClient(),
  });

describe('users and token routes', () => {
  it('gives an annotator who opens /users the 403 page, and no Users link', async () => {
    const { requests } = stubFetch({
      'GET /api/current-user/whoami': jsonResponse(buildWhoami({ role: 'annotator' })),
    });
    renderApp('/users');

    expect(
      await screen.findByRole('heading', { name: 'You don’t have access to this page' }, LAZY),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Users' })).not.toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'API token' })).toHaveAttribute(
      'href',
      '/account/token',
    );
    expect(requests.some((r) => r.url.pathname === '/api/users')).toBe(false);
  });

  it('lets an admin reach Users from the nav, with their own row marked', async () => {
    const admin = buildWhoami({ role: 'admin', first_name: 'Grace', last_name: 'Hopper' });
    stubFetch({
      'GET /api/current-user/whoami': jsonResponse(admin),
      'GET /api/users': jsonResponse(buildUserList([admin])),
      'GET /api/current-user/token': jsonResponse(buildToken()),
    });
    const { user, router } = renderApp('/account/token');

    expect(await screen.findByRole('heading', { name: 'API token' }, LAZY)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Users' }));

    const own = await screen.findByRole('rowheader', { name: /Grace Hopper/ }, LAZY);
    expect(within(own).getByText('You')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/users');
    expect(within(nav).getByRole('link', { name: 'Users' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
});
