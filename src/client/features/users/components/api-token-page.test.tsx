import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiTokenPage } from './api-token-page';
// eslint.config.js has no allowance yet for tests importing the shared helpers in test/setup.
import { errorResponse, jsonResponse, stubFetch } from '../../../../../test/setup/fetch';
import { renderWithProviders } from '../../../../../test/setup/render';
import { buildToken } from '../../../../../test/setup/user-factories';

const OLD = 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0';
const NEW = 'ffffeeeeddddccccbbbbaaaa9999888877776666';

const renderPage = () => renderWithProviders(<ApiTokenPage />, { route: '/account/token' });

/** The masked token in the "Your token" card (the curl example masks it too). */
const findMasked = async (ending: string) =>
  within(await screen.findByRole('region', { name: 'Your token' })).getByText(
    `Hidden token ending in ${ending}`,
  );

describe('ApiTokenPage', () => {
  it('masks the token until asked, copies it, and shows a working curl command', async () => {
    stubFetch({ 'GET /api/current-user/token': jsonResponse(buildToken(OLD)) });
    const { user } = renderPage();

    expect(screen.getByRole('status')).toHaveTextContent('Loading your token…');
    expect(await findMasked('c9d0')).toBeInTheDocument();
    expect(screen.queryByText(OLD)).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(OLD);

    await user.click(screen.getByRole('button', { name: 'Show token' }));
    expect(screen.getByText(OLD)).toBeInTheDocument();
    const command = `curl -H "Authorization: Token ${OLD}" ${window.location.origin}/api/projects`;
    expect(screen.getByText(command)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hide token' }));
    expect(document.body).not.toHaveTextContent(OLD);

    // Copy hands over the real token even while it is masked on screen.
    await user.click(screen.getByRole('button', { name: 'Copy token' }));
    expect(await navigator.clipboard.readText()).toBe(OLD);
    expect(screen.getByText('Copied to the clipboard.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy command' }));
    expect(await navigator.clipboard.readText()).toBe(command);
  });

  it('resets the token only after a confirmation and shows the new one', async () => {
    const { requests } = stubFetch({
      'GET /api/current-user/token': jsonResponse(buildToken(OLD)),
      'POST /api/current-user/reset-token': jsonResponse(buildToken(NEW), 201),
    });
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: 'Reset token…' }));

    let dialog = screen.getByRole('dialog', { name: 'Reset your API token?' });
    expect(dialog).toHaveTextContent('The current token stops working at once.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Reset token…' }));
    dialog = screen.getByRole('dialog', { name: 'Reset your API token?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset token' }));

    expect(await screen.findByText('Your token was reset')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // Shown right away, so it can go straight into the scripts that just lost access.
    expect(screen.getByText(NEW)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(OLD);
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(requests.filter((r) => r.url.pathname === '/api/current-user/token')).toHaveLength(1);
  });

  it('keeps the old token and says so when the reset fails', async () => {
    stubFetch({
      'GET /api/current-user/token': jsonResponse(buildToken(OLD)),
      'POST /api/current-user/reset-token': errorResponse(500, 'Internal server error'),
    });
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: 'Reset token…' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset your API token?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset token' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The server ran into a problem.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await findMasked('c9d0')).toBeInTheDocument();
  });

  it('shows a load error with a retry', async () => {
    stubFetch({
      'GET /api/current-user/token': [
        errorResponse(503, 'Service unavailable'),
        jsonResponse(buildToken(OLD)),
      ],
    });
    const { user } = renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load your token');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await findMasked('c9d0')).toBeInTheDocument();
  });
});
