import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UsersPage } from './users-page';
// eslint.config.js has no allowance yet for tests importing the shared helpers in test/setup.
import { buildUser } from '../../../../../test/setup/factories';
import { errorResponse, jsonResponse, noContent, stubFetch } from '../../../../../test/setup/fetch';
import { renderWithProviders } from '../../../../../test/setup/render';
import { buildUserList } from '../../../../../test/setup/user-factories';

const grace = buildUser({
  id: 1,
  first_name: 'Grace',
  last_name: 'Hopper',
  email: 'grace@example.org',
  role: 'admin',
});
const ada = buildUser({
  id: 2,
  first_name: 'Ada',
  last_name: 'Lovelace',
  email: 'ada@example.org',
  role: 'annotator',
});
const noName = buildUser({
  id: 3,
  first_name: '',
  last_name: '',
  email: 'bot@example.org',
  role: 'reviewer',
  last_activity: null,
  is_active: false,
});

const renderPage = () => renderWithProviders(<UsersPage selfId={grace.id} />, { route: '/users' });

const rowOf = (name: string) =>
  screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;

/** A reply the test releases when it wants, to look at the page while a request is in flight. */
function deferred() {
  let release!: (response: Response) => void;
  const promise = new Promise<Response>((resolve) => (release = resolve));
  return { reply: () => promise, release };
}

describe('UsersPage', () => {
  it('lists users with role, status and activity, and filters by name or email', async () => {
    stubFetch({ 'GET /api/users': jsonResponse(buildUserList([grace, ada, noName])) });
    const { user } = renderPage();

    expect(screen.getByRole('status')).toHaveTextContent('Loading users…');
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByText('3 users, 1 deactivated')).toBeInTheDocument();

    const adaRow = rowOf('Ada Lovelace');
    expect(within(adaRow).getByText('ada@example.org')).toBeInTheDocument();
    expect(within(adaRow).getByRole('combobox', { name: 'Role of Ada Lovelace' })).toHaveValue(
      'annotator',
    );
    expect(within(adaRow).getByText('Active')).toBeInTheDocument();
    expect(within(adaRow).getByText('Jun 1, 2024')).toBeInTheDocument();
    expect(within(adaRow).getByRole('button', { name: 'Deactivate Ada Lovelace' })).toBeVisible();

    const botRow = rowOf('No name');
    expect(within(botRow).getByText('Deactivated')).toBeInTheDocument();
    expect(within(botRow).getByText('Never')).toBeInTheDocument();
    expect(
      within(botRow).getByRole('button', { name: 'Reactivate bot@example.org' }),
    ).toBeInTheDocument();

    // The admin's own row: no way to demote or deactivate themself.
    const selfRow = rowOf('Grace Hopper');
    expect(within(selfRow).getByText('You')).toBeInTheDocument();
    expect(within(selfRow).getByText('Admin')).toBeInTheDocument();
    expect(within(selfRow).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(selfRow).queryByRole('button', { name: /deactivate/i })).not.toBeInTheDocument();

    const search = screen.getByRole('searchbox', { name: 'Search users' });
    await user.type(search, 'LOVE');
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('1 of 3 users match')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'bot@');
    expect(rowOf('No name')).toBeInTheDocument();
    expect(screen.queryByText('Ada Lovelace')).not.toBeInTheDocument();

    await user.type(search, 'nobody');
    expect(screen.getByRole('heading', { name: 'No users match your search' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(screen.getAllByRole('row')).toHaveLength(4);
  });

  it('shows a load error in place with a retry', async () => {
    stubFetch({
      'GET /api/users': [
        errorResponse(500, 'Internal server error'),
        jsonResponse(buildUserList([grace])),
      ],
    });
    const { user } = renderPage();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load users');
    expect(alert).toHaveTextContent('The server ran into a problem.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'Users' })).toBeInTheDocument();
  });

  it('adds a user with a generated password', async () => {
    const ines = buildUser({
      id: 9,
      first_name: 'Ines',
      last_name: '',
      email: 'ines@example.org',
      role: 'reviewer',
    });
    const { requests } = stubFetch({
      'GET /api/users': [
        jsonResponse(buildUserList([grace])),
        jsonResponse(buildUserList([grace, ines])),
      ],
      'POST /api/users': jsonResponse(ines, 201),
    });
    const { user } = renderPage();
    await screen.findByRole('table', { name: 'Users' });

    await user.click(screen.getByRole('button', { name: 'Add user' }));
    const dialog = screen.getByRole('dialog', { name: 'Add user' });
    await user.type(within(dialog).getByLabelText('Email'), ' ines@example.org ');
    await user.type(within(dialog).getByLabelText('First name'), 'Ines');
    await user.selectOptions(within(dialog).getByLabelText('Role'), 'reviewer');

    // The shared schema's rule is checked before anything is sent.
    await user.type(within(dialog).getByLabelText('Initial password'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));
    expect(within(dialog).getByLabelText('Initial password')).toHaveAccessibleDescription(
      /Password must be at least 8 characters\./,
    );
    expect(requests.some((r) => r.method === 'POST')).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: 'Generate' }));
    const password = (within(dialog).getByLabelText('Initial password') as HTMLInputElement).value;
    expect(password).toMatch(/^[A-Za-z2-9]{20}$/);
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    expect(await screen.findByRole('rowheader', { name: /Ines/ })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByText(/Ines was added/)).toBeInTheDocument();
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      email: 'ines@example.org',
      first_name: 'Ines',
      role: 'reviewer',
      password,
    });
  });

  it('shows a duplicate email at the Email field and keeps the dialog open', async () => {
    stubFetch({
      'GET /api/users': jsonResponse(buildUserList([grace, ada])),
      'POST /api/users': errorResponse(400, 'Validation error', {
        validationErrors: { email: ['A user with this email already exists.'] },
      }),
    });
    const { user } = renderPage();
    await screen.findByRole('table', { name: 'Users' });

    await user.click(screen.getByRole('button', { name: 'Add user' }));
    const dialog = screen.getByRole('dialog', { name: 'Add user' });
    await user.type(within(dialog).getByLabelText('Email'), 'ada@example.org');
    await user.type(within(dialog).getByLabelText('Initial password'), 'long enough password');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    const email = within(dialog).getByLabelText('Email');
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription('A user with this email already exists.'),
    );
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog', { name: 'Add user' })).toBeInTheDocument();

    // Closing drops the error; the form opens fresh.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Add user' }));
    expect(screen.getByLabelText('Email')).toHaveValue('');
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
  });

  it('changes a role at once and saves it', async () => {
    const save = deferred();
    const { requests } = stubFetch({
      'GET /api/users': [
        jsonResponse(buildUserList([grace, ada])),
        jsonResponse(buildUserList([grace, { ...ada, role: 'reviewer' }])),
      ],
      'PATCH /api/users/2': save.reply,
    });
    const { user } = renderPage();
    const select = await screen.findByRole('combobox', { name: 'Role of Ada Lovelace' });

    await user.selectOptions(select, 'reviewer');
    // Optimistic: the new role shows while the server is still answering.
    expect(select).toHaveValue('reviewer');
    expect(select).toHaveAttribute('aria-busy', 'true');
    save.release(jsonResponse({ ...ada, role: 'reviewer' }));

    await waitFor(() => expect(select).not.toHaveAttribute('aria-busy'));
    expect(select).toHaveValue('reviewer');
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ role: 'reviewer' });
  });

  it('puts the old role back and says why when the server refuses', async () => {
    const save = deferred();
    stubFetch({
      'GET /api/users': jsonResponse(buildUserList([grace, ada])),
      'PATCH /api/users/2': save.reply,
    });
    const { user } = renderPage();
    const select = await screen.findByRole('combobox', { name: 'Role of Ada Lovelace' });

    await user.selectOptions(select, 'admin');
    expect(select).toHaveValue('admin');
    save.release(errorResponse(403, 'You do not have permission to perform this action.'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not make Ada Lovelace admin: You do not have permission to perform this action.',
    );
    expect(select).toHaveValue('annotator');
  });

  it('deactivates only after a confirmation that says annotations are kept', async () => {
    const { requests } = stubFetch({
      'GET /api/users': [
        jsonResponse(buildUserList([grace, ada])),
        jsonResponse(buildUserList([grace, { ...ada, is_active: false }])),
      ],
      'DELETE /api/users/2': noContent(),
    });
    const { user } = renderPage();
    await screen.findByRole('table', { name: 'Users' });

    await user.click(screen.getByRole('button', { name: 'Deactivate Ada Lovelace' }));
    let dialog = screen.getByRole('dialog', { name: 'Deactivate Ada Lovelace?' });
    expect(dialog).toHaveTextContent('Their annotations are kept');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requests.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Deactivate Ada Lovelace' }));
    dialog = screen.getByRole('dialog', { name: 'Deactivate Ada Lovelace?' });
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate' }));

    expect(await screen.findByText('Ada Lovelace was deactivated.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const row = rowOf('Ada Lovelace');
    expect(within(row).getByText('Deactivated')).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: 'Reactivate Ada Lovelace' })).toBeVisible();
    expect(requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  });

  it('reactivates with a PATCH and shows a refusal inside the dialog', async () => {
    const inactive = { ...ada, is_active: false };
    const { requests } = stubFetch({
      'GET /api/users': jsonResponse(buildUserList([grace, inactive])),
      'PATCH /api/users/2': [
        errorResponse(500, 'Internal server error'),
        jsonResponse({ ...ada, is_active: true }),
      ],
    });
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: 'Reactivate Ada Lovelace' }));
    const dialog = screen.getByRole('dialog', { name: 'Reactivate Ada Lovelace?' });
    expect(dialog).toHaveTextContent('annotations were kept');

    await user.click(within(dialog).getByRole('button', { name: 'Reactivate' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The server ran into a problem.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Reactivate' }));
    expect(await screen.findByText('Ada Lovelace was reactivated.')).toBeInTheDocument();
    expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([
      { is_active: true },
      { is_active: true },
    ]);
  });

  it('resets a password and shows it once, with a copy button', async () => {
    const { requests } = stubFetch({
      'GET /api/users': jsonResponse(buildUserList([grace, ada])),
      'PATCH /api/users/2': jsonResponse(ada),
    });
    const { user } = renderPage();
    await user.click(
      await screen.findByRole('button', { name: 'Reset password for Ada Lovelace' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Reset password for Ada Lovelace' });
    await user.type(within(dialog).getByLabelText('New password'), 'a fresh secret');
    await user.click(within(dialog).getByRole('button', { name: 'Set password' }));

    expect(await within(dialog).findByText('a fresh secret')).toBeInTheDocument();
    expect(within(dialog).getByText(/Ada Lovelace is signed out everywhere/)).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({
      password: 'a fresh secret',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Copy password' }));
    expect(await navigator.clipboard.readText()).toBe('a fresh secret');
    expect(within(dialog).getByRole('button', { name: 'Copied' })).toBeInTheDocument();

    // Once: closing forgets it.
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await user.click(screen.getByRole('button', { name: 'Reset password for Ada Lovelace' }));
    expect(screen.queryByText('a fresh secret')).not.toBeInTheDocument();
    expect(screen.getByLabelText('New password')).toHaveValue('');
  });
});
