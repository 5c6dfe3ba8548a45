import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_ADMIN } from './admin';
import { launch, newPage, pageProblems } from './browser';
import { apiClient, checkLayouts, signIn } from './session';

type Json = Record<string, unknown>;

/** Project setup as an admin does it: template, live preview, config errors, save, delete. */
describe('project setup', () => {
  const base = inject('baseUrl');
  let browser: Browser;

  const api = apiClient(base);

  const configEditor = (page: Page) => page.getByRole('textbox', { name: 'Label config' });
  const preview = (page: Page) =>
    page.getByRole('region', { name: 'Preview of the labeling editor' });
  const problemList = (page: Page) => page.getByText(/^1 problem in the config\. It/);

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('creates a project from the NER template, through a config error and back', async () => {
    const page = await newPage(browser);
    await signIn(page, base);
    await page.goto(`${base}/projects/new`);
    await page.getByRole('heading', { name: 'New project', level: 1 }).waitFor();
    await configEditor(page).waitFor();
    await checkLayouts(page, 'project-setup-new');

    await page.getByRole('button', { name: 'Use the Named entities template' }).click();
    await preview(page)
      .getByText(/Ines Duarte joined Harbor Robotics/)
      .waitFor();
    await preview(page)
      .getByRole('button', { name: /Organization/ })
      .waitFor();
    await page.getByRole('heading', { name: 'Labeling interface' }).scrollIntoViewIfNeeded();
    await checkLayouts(page, 'project-setup-template');

    // An unfinished tag: marked at its line, Save off, the preview keeps the last good config.
    await configEditor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('<Oops');
    await problemList(page).waitFor();
    await page.getByRole('button', { name: /Line \d+, column \d+/ }).waitFor();
    await page.locator('.cm-lint-marker-error').first().waitFor();
    expect(await page.getByRole('button', { name: 'Create project' }).isDisabled()).toBe(true);
    await page.getByText('the preview shows the last version without errors').waitFor();
    await preview(page)
      .getByText(/Ines Duarte/)
      .waitFor();
    await checkLayouts(page, 'project-setup-error');

    // Tab leaves the editor rather than trapping the keyboard.
    await configEditor(page).click();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') === null)).toBe(
      true,
    );

    await configEditor(page).click();
    await page.keyboard.press('Control+End');
    for (let i = 0; i < '<Oops'.length; i++) await page.keyboard.press('Backspace');
    await problemList(page).waitFor({ state: 'detached' });

    await page.getByLabel('Title').fill('Press mentions');
    await page.getByLabel('Annotations per task').fill('2');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.waitForURL(/\/projects\/\d+$/);
    await page.getByRole('heading', { name: 'Press mentions', level: 1 }).waitFor();

    const id = Number(/\/projects\/(\d+)$/.exec(page.url())![1]);
    const saved = await api<Json>('GET', `/api/projects/${id}`);
    expect(saved).toMatchObject({ title: 'Press mentions', maximum_annotations: 2 });
    expect(saved.label_config).toContain('<Labels name="entities" toName="text">');
    expect(pageProblems(page)).toEqual([]);
  });

  it('deletes a project after its name is typed', async () => {
    const doomed = await api<{ id: number }>('POST', '/api/projects', {
      title: 'Old survey',
      label_config:
        '<View><Text name="text" value="$text"/><Choices name="c" toName="text"><Choice value="Yes"/><Choice value="No"/></Choices></View>',
    });
    await api('POST', `/api/projects/${doomed.id}/import`, [
      { data: { text: 'First answer, shown in the preview.' } },
      { data: { text: 'Second answer.' } },
    ]);

    const page = await newPage(browser);
    await signIn(page, base);
    await page.goto(`${base}/projects/${doomed.id}/settings`);
    await page.getByRole('heading', { name: 'Settings: Old survey', level: 1 }).waitFor();
    await preview(page).getByText('First answer, shown in the preview.').waitFor();
    await checkLayouts(page, 'project-setup-settings');

    await page.getByRole('button', { name: 'Delete project…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this project?' });
    await dialog.getByText(/with 2 tasks and 0 annotations/).waitFor();
    const remove = dialog.getByRole('button', { name: 'Delete project' });
    expect(await remove.isDisabled()).toBe(true);
    await checkLayouts(page, 'project-setup-delete');

    await dialog.getByLabel('Type the project’s name to confirm').fill('Old survey');
    await remove.click();
    await page.waitForURL(/\/projects$/);
    await page.getByRole('heading', { name: 'Projects', exact: true }).waitFor();
    const res = await fetch(`${base}/api/projects/${doomed.id}`, {
      headers: { Authorization: `Token ${E2E_ADMIN.token}` },
    });
    expect(res.status).toBe(404);
    expect(pageProblems(page)).toEqual([]);
  });
});
