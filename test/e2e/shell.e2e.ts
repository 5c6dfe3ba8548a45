import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_ADMIN } from './admin';
import { expectAccessible, launch, newPage, pageProblems, screenshot } from './browser';

/** The foundation's web app as a new admin meets it: sign in, see the demo projects, open one. */
describe('app shell', () => {
  const base = inject('baseUrl');
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('signs in, lists the demo projects with progress and opens one', async () => {
    const page = await newPage(browser);
    await page.goto(`${base}/projects`);
    await page.getByRole('heading', { name: 'Sign in to Margin' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'login');

    await page.getByLabel('Email').fill(E2E_ADMIN.email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Invalid email or password.').waitFor();

    await page.getByLabel('Password').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Demo: product review sentiment' }).waitFor();
    await page.getByRole('link', { name: 'Demo: named entities in news' }).waitFor();
    expect(await page.getByRole('progressbar').count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page);
    await screenshot(page, 'projects');

    await page.getByRole('link', { name: 'Demo: product review sentiment' }).click();
    await page.getByRole('heading', { name: 'Demo: product review sentiment' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'project');

    // The session survives a reload; signing out ends it.
    await page.reload();
    await page.getByRole('heading', { name: 'Demo: product review sentiment' }).waitFor();
    await page.getByRole('button', { name: /account menu/i }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Margin' }).waitFor();
    const whoami = await page.evaluate(
      async () => (await fetch('/api/current-user/whoami')).status,
    );
    expect(whoami).toBe(401);
    expect(pageProblems(page, [400, 401])).toEqual([]);
  });

  it('serves the API docs and the OpenAPI document', async () => {
    const page = await newPage(browser);
    await page.goto(`${base}/api/docs`);
    await page.getByText('Margin API').first().waitFor();
    await screenshot(page, 'api-docs');
    const spec = await (await fetch(`${base}/api/openapi.json`)).json();
    expect(spec.paths['/api/tasks/{id}']).toBeDefined();
  });
});
