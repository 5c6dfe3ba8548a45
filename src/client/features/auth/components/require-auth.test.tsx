import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSignedInUser } from '../hooks/use-signed-in-user';
import { RequireAuth } from './require-auth';
// eslint.config.js has no allowance yet for tests importing the shared helpers in test/setup.
import { buildWhoami } from '../../../../../test/setup/factories';
import { errorResponse, jsonResponse, stubFetch } from '../../../../../test/setup/fetch';
import { renderWithProviders } from '../../../../../test/setup/render';

function Secret() {
  const user = useSignedInUser();
  return <h1>Hello {user.email}</h1>;
}

const routes = [
  { path: '/login', element: <h1>Sign in</h1> },
  { element: <RequireAuth />, children: [{ path: '/projects/:id', element: <Secret /> }] },
];

describe('RequireAuth', () => {
  it('sends signed-out users (whoami 401) to /login, remembering where they were going', async () => {
    stubFetch({
      'GET /api/current-user/whoami': errorResponse(
        401,
        'Authentication credentials were not provided.',
      ),
    });
    const { router } = renderWithProviders(null, { routes, route: '/projects/3?tab=data' });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(
      '/projects/3?tab=data',
    );
  });

  it('lets signed-in users through and provides the user', async () => {
    stubFetch({
      'GET /api/current-user/whoami': jsonResponse(buildWhoami({ email: 'rev@example.org' })),
    });
    renderWithProviders(null, { routes, route: '/projects/3' });

    expect(screen.getByRole('status')).toHaveTextContent('Checking your session…');
    expect(
      await screen.findByRole('heading', { name: 'Hello rev@example.org' }),
    ).toBeInTheDocument();
  });

  it('offers a retry when the session check itself fails', async () => {
    stubFetch({
      'GET /api/current-user/whoami': [
        errorResponse(500, 'Internal server error'),
        jsonResponse(buildWhoami({ email: 'ok@example.org' })),
      ],
    });
    const { user } = renderWithProviders(null, { routes, route: '/projects/3' });

    await user.click(await screen.findByRole('button', { name: 'Retry' }));

    expect(
      await screen.findByRole('heading', { name: 'Hello ok@example.org' }),
    ).toBeInTheDocument();
  });
});
