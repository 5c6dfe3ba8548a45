import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_ADMIN } from './admin';
import { expectAccessible, launch, newPage, pageProblems, screenshot } from './browser';
import { apiClient, checkLayouts, signIn } from './session';

// A second admin does the clicking: resetting the shared E2E admin's token would break the
// other e2e files, which call the API with it.
const OWNER = { email: 'uma@e2e.example.org', password: 'uma-admin-password-1' };
const THEO = { email: 'theo@e2e.example.org', password: 'theo-annotator-pw-1' };

type Json = Record<string, unknown>;

/** The admin's Users page and every user's API token page, in Chromium against the real server. */
describe('users and API tokens', () => {
  const base = inject('baseUrl');
  let browser: Browser;

  const withToken = (token: string, path: string) =>
    fetch(`${base}${path}`, { headers: { Authorization: `Token ${token}` } });

  const api = apiClient(base);

  beforeAll(async () => {
    browser = await launch();
    await api('POST', '/api/users', { ...OWNER, role: 'admin', first_name: 'Uma' });
  });
  afterAll(async () => browser?.close());

  it('an admin adds, promotes and deactivates a user; an annotator gets the 403 page', async () => {
    const page = await newPage(browser);
    await signIn(page, base, OWNER);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Users' })
      .click();
    await page.getByRole('heading', { name: 'Users', exact: true }).waitFor();
    await page.getByRole('rowheader', { name: /Uma/ }).waitFor();
    await checkLayouts(page, 'users');

    // A taken email is refused by the server and shown at the field.
    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add user' });
    await dialog.getByLabel('Email').fill(E2E_ADMIN.email);
    await dialog.getByRole('button', { name: 'Generate' }).click();
    expect(await dialog.getByLabel('Initial password').inputValue()).toMatch(/^\S{20}$/);
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await dialog.getByText('A user with this email already exists.').waitFor();
    await checkLayouts(page, 'users-add-duplicate');

    await dialog.getByLabel('Email').fill(THEO.email);
    await dialog.getByLabel('First name').fill('Theo');
    await dialog.getByLabel('Last name').fill('Nguyen');
    await dialog.getByLabel('Initial password').fill(THEO.password);
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await page.getByText('Theo Nguyen was added.').waitFor();
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: /Theo/ }) });
    await row.getByText('Active', { exact: true }).waitFor();
    const theo = (await api<Json[]>('GET', '/api/users')).find((u) => u.email === THEO.email);
    expect(theo).toMatchObject({ role: 'annotator', is_active: true });

    // The new annotator signs in; the Users page is not theirs.
    const theoPage = await newPage(browser);
    await signIn(theoPage, base, THEO);
    const theoNav = theoPage.getByRole('navigation', { name: 'Main' });
    expect(await theoNav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await theoPage.goto(`${base}/users`);
    await theoPage.getByRole('heading', { name: 'You don’t have access to this page' }).waitFor();
    await expectAccessible(theoPage);
    await screenshot(theoPage, 'users-forbidden');

    // Role: saved as soon as it is picked.
    await row.getByRole('combobox', { name: 'Role of Theo Nguyen' }).selectOption('reviewer');
    await expect
      .poll(async () => (await api<Json>('GET', `/api/users/${theo!.id}`)).role)
      .toBe('reviewer');

    // Deactivate, behind a confirmation; Theo is signed out and cannot sign in again.
    await row.getByRole('button', { name: 'Deactivate Theo Nguyen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Deactivate Theo Nguyen?' });
    await confirm.getByText('Their annotations are kept').waitFor();
    await checkLayouts(page, 'users-deactivate');
    await confirm.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByText('Theo Nguyen was deactivated.').waitFor();
    await row.getByText('Deactivated', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Reactivate Theo Nguyen' }).waitFor();
    expect(await api<Json>('GET', `/api/users/${theo!.id}`)).toMatchObject({
      role: 'reviewer',
      is_active: false,
    });

    await theoPage.reload();
    await theoPage.getByRole('heading', { name: 'Sign in to Margin' }).waitFor();
    await theoPage.getByLabel('Email').fill(THEO.email);
    await theoPage.getByLabel('Password').fill(THEO.password);
    await theoPage.getByRole('button', { name: 'Sign in' }).click();
    await theoPage.getByText('Invalid email or password.').waitFor();

    expect(pageProblems(page, [400, 401])).toEqual([]);
    expect(pageProblems(theoPage, [400, 401])).toEqual([]);
  });

  it('resets the API token: the old one stops working, the new one works at once', async () => {
    const page = await newPage(browser);
    await signIn(page, base, OWNER);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'API token' })
      .click();
    await page.getByRole('heading', { name: 'API token' }).waitFor();
    const card = page.getByRole('region', { name: 'Your token' });
    await card.getByText(/Hidden token ending in/).waitFor();
    await checkLayouts(page, 'api-token');

    await card.getByRole('button', { name: 'Show token' }).click();
    const oldToken = (await card.locator('code').textContent()) ?? '';
    expect(oldToken).toMatch(/^[0-9a-f]{40}$/);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await card.getByRole('button', { name: 'Copy token' }).click();
    await card.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(oldToken);
    expect((await withToken(oldToken, '/api/projects')).status).toBe(200);

    await page.getByRole('button', { name: 'Reset token…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Reset your API token?' });
    await confirm.getByText('The current token stops working at once.').waitFor();
    await checkLayouts(page, 'api-token-reset');
    await confirm.getByRole('button', { name: 'Reset token' }).click();
    await page.getByText('Your token was reset').waitFor();

    const newToken = (await card.locator('code').textContent()) ?? '';
    expect(newToken).toMatch(/^[0-9a-f]{40}$/);
    expect(newToken).not.toBe(oldToken);
    await screenshot(page, 'api-token-new');
    const curl = await page.getByRole('region', { name: 'Try it' }).locator('pre').textContent();
    expect(curl).toBe(`curl -H "Authorization: Token ${newToken}" ${base}/api/projects`);

    // The command as shown, run for real (fetch with the same header and URL).
    const projects = await withToken(newToken, '/api/projects');
    expect(projects.status).toBe(200);
    expect(((await projects.json()) as { count: number }).count).toBeGreaterThanOrEqual(0);
    expect((await withToken(oldToken, '/api/projects')).status).toBe(401);
    expect(pageProblems(page, [400, 401])).toEqual([]);
  });
});
