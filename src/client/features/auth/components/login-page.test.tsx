import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LoginPage } from './login-page';
// eslint.config.js has no allowance yet for tests importing the shared helpers in test/setup.
import { buildUser } from '../../../../../test/setup/factories';
import { errorResponse, jsonResponse, stubFetch } from '../../../../../test/setup/fetch';
import { renderWithProviders } from '../../../../../test/setup/render';

const routes = [
  { path: '/login', element: <LoginPage /> },
  { path: '/projects', element: <h1>Projects</h1> },
  { path: '/projects/:id', element: <h1>Project 7</h1> },
];

async function signIn(
  user: ReturnType<typeof renderWithProviders>['user'],
  password = 'secret-pass',
) {
  await user.type(screen.getByLabelText('Email'), 'ada@example.org');
  await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it('signs in and goes where the user was going', async () => {
    const { requests } = stubFetch({
      'POST /api/auth/login': jsonResponse(buildUser({ email: 'ada@example.org' })),
    });
    const { user, router } = renderWithProviders(null, {
      routes,
      route: '/login?next=%2Fprojects%2F7',
    });

    expect(screen.getByRole('heading', { name: 'Sign in to Margin' })).toBeInTheDocument();
    await signIn(user);

    expect(await screen.findByRole('heading', { name: 'Project 7' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/projects/7');
    expect(requests[0]?.body).toEqual({ email: 'ada@example.org', password: 'secret-pass' });
  });

  it('never follows a next= that leaves the app', async () => {
    stubFetch({ 'POST /api/auth/login': jsonResponse(buildUser()) });
    const { user, router } = renderWithProviders(null, {
      routes,
      route: '/login?next=%2F%2Fevil.example',
    });

    await signIn(user);

    expect(await screen.findByRole('heading', { name: 'Projects' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/projects');
  });

  it('shows the server detail in place when the credentials are wrong', async () => {
    stubFetch({ 'POST /api/auth/login': errorResponse(400, 'Invalid email or password.') });
    const { user, router } = renderWithProviders(null, { routes, route: '/login' });

    await signIn(user, 'wrong-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid email or password.');
    expect(router.state.location.pathname).toBe('/login');
    expect(screen.getByRole('button', { name: 'Sign in' })).not.toHaveAttribute('aria-busy');
  });

  it('shows the lockout message on 429', async () => {
    stubFetch({
      'POST /api/auth/login': errorResponse(
        429,
        'Too many failed sign-in attempts. Try again later.',
        { headers: { 'Retry-After': '600' } },
      ),
    });
    const { user } = renderWithProviders(null, { routes, route: '/login' });

    await signIn(user);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many failed sign-in attempts. Try again later.');
    expect(alert).toHaveTextContent('You can try again in 10 minutes.');
  });

  it('shows a pending state while signing in', async () => {
    let release: (response: Response) => void = () => {};
    stubFetch({
      'POST /api/auth/login': () => new Promise<Response>((resolve) => (release = resolve)),
    });
    const { user } = renderWithProviders(null, { routes, route: '/login' });

    await signIn(user);

    const button = screen.getByRole('button', { name: 'Signing in…' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    release(jsonResponse(buildUser()));
    expect(await screen.findByRole('heading', { name: 'Projects' })).toBeInTheDocument();
  });

  it('asks for missing fields without calling the server', async () => {
    const { requests } = stubFetch({});
    const { user } = renderWithProviders(null, { routes, route: '/login' });

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Enter your email address.');
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(requests).toHaveLength(0);
  });
});
