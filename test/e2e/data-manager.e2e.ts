import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, newPage, pageProblems } from './browser';
import { apiClient, checkLayouts, signIn } from './session';

/** The task table of a demo project, driven by an admin: import, sort, filter, export, delete. */
describe('data manager', () => {
  const base = inject('baseUrl');
  let browser: Browser;
  // Every task this file adds carries the stamp, so searching for it shows only them.
  const stamp = `dm${Date.now().toString(36)}`;

  const api = apiClient(base);

  const csv = (rows: string[]) => ({
    name: 'tasks.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['review,score', ...rows].join('\n') + '\n'),
  });
  const file = csv([
    `${stamp} alpha,1`,
    'a ragged row,with,three cells',
    `${stamp} gamma,3`,
    `${stamp} beta,2`,
  ]);

  /** The review texts of the rows on screen, top to bottom. */
  const reviewColumn = async (page: Page) =>
    (await page.getByRole('table', { name: 'Tasks' }).getByRole('cell').allTextContents()).filter(
      (t) => t.startsWith(stamp),
    );

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('imports with row errors, sorts, filters, exports the selection and deletes a task', async () => {
    const projects = await api<{ results: { id: number; title: string }[] }>(
      'GET',
      '/api/projects',
    );
    const demo = projects.results.find((p) => p.title === 'Demo: product review sentiment')!;
    const page = await newPage(browser);
    await signIn(page, base);
    await page.goto(`${base}/projects/${demo.id}/data`);
    await page.getByRole('heading', { name: 'Tasks', exact: true }).waitFor();
    await page.getByRole('table', { name: 'Tasks' }).waitFor();
    await checkLayouts(page, 'data-manager');

    // All or nothing: the ragged row is named and nothing is stored.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import tasks' });
    await checkLayouts(page, 'data-manager-import');
    await dialog.getByLabel('Choose files').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByText('Nothing was imported').waitFor();
    await dialog
      .getByRole('list', { name: 'Rows with errors' })
      .getByText('row has 3 fields, the header has 2')
      .waitFor();
    await checkLayouts(page, 'data-manager-import-errors');
    const none = await api<{ total: number }>(
      'GET',
      `/api/tasks?project=${demo.id}&search=${stamp}`,
    );
    expect(none.total).toBe(0);

    // Commit the good rows: the progress of the job, then how many were added.
    await dialog.getByRole('button', { name: 'Import more' }).click();
    await dialog.getByLabel('Choose files').setInputFiles(file);
    await dialog.getByRole('radio', { name: /Commit the good rows/ }).check();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog
      .getByRole('progressbar', { name: 'Import progress' })
      .or(dialog.getByText('Import finished'))
      .first()
      .waitFor();
    await dialog.getByText(/3 tasks added\. 1 row left out/).waitFor();
    await checkLayouts(page, 'data-manager-import-done');
    await dialog.getByRole('button', { name: 'Done' }).click();

    // Search narrows the table to the new tasks.
    await page.getByRole('searchbox', { name: 'Search task data' }).fill(stamp);
    await page.getByText('3 tasks', { exact: true }).waitFor();
    expect(await reviewColumn(page)).toEqual([`${stamp} alpha`, `${stamp} gamma`, `${stamp} beta`]);

    // Sort by the data column, ascending then descending.
    await page.getByRole('button', { name: 'review', exact: true }).click();
    await expect
      .poll(() => reviewColumn(page))
      .toEqual([`${stamp} alpha`, `${stamp} beta`, `${stamp} gamma`]);
    await page.getByRole('button', { name: /^review/ }).click();
    await expect
      .poll(() => reviewColumn(page))
      .toEqual([`${stamp} gamma`, `${stamp} beta`, `${stamp} alpha`]);

    // A filter nobody matches yet (they are all unlabeled), then back.
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Status' }).selectOption('labeled');
    await page.getByText('No tasks match').waitFor();
    await checkLayouts(page, 'data-manager-no-match');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('unlabeled');
    await page.getByText('3 tasks', { exact: true }).waitFor();
    await page.getByText('Filters (1)').click();

    // Select two tasks and export them as JSON.
    const mine = await api<{ tasks: { id: number; data: { review: string } }[] }>(
      'GET',
      `/api/tasks?project=${demo.id}&search=${stamp}`,
    );
    const byText = (suffix: string) => mine.tasks.find((t) => t.data.review.endsWith(suffix))!.id;
    const [alpha, beta] = [byText('alpha'), byText('beta')];
    await page.getByRole('checkbox', { name: `Select task ${alpha}`, exact: true }).check();
    await page.getByRole('checkbox', { name: `Select task ${beta}`, exact: true }).check();
    await page.getByText('2 of 3 selected').waitFor();
    await checkLayouts(page, 'data-manager-selected');
    await page.getByRole('button', { name: 'Export selected' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export tasks' });
    await exportDialog.getByRole('radio', { name: /Selected tasks \(2\)/ }).waitFor();
    expect(await exportDialog.getByRole('radio', { name: /Selected tasks/ }).isChecked()).toBe(
      true,
    );
    await checkLayouts(page, 'data-manager-export');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('link', { name: 'Download JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^project-\d+-at-.*\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      id: number;
    }[];
    expect(exported.map((t) => t.id).sort((a, b) => a - b)).toEqual(
      [alpha, beta].sort((a, b) => a - b),
    );
    await exportDialog.getByRole('button', { name: 'Close', exact: true }).first().click();

    // Delete one of them, behind a confirmation that says how many.
    await page.getByRole('button', { name: 'Clear selection' }).click();
    await page.getByRole('checkbox', { name: `Select task ${alpha}`, exact: true }).check();
    await page.getByRole('button', { name: 'Delete tasks' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete tasks?' });
    await confirm.getByText('1 task', { exact: true }).waitFor();
    await checkLayouts(page, 'data-manager-delete');
    await confirm.getByRole('button', { name: 'Delete tasks: 1 task' }).click();
    await page.getByText('Deleted 1 task.').waitFor();
    await page.getByText('2 tasks', { exact: true }).waitFor();
    const left = await api<{ tasks: { id: number }[] }>(
      'GET',
      `/api/tasks?project=${demo.id}&search=${stamp}`,
    );
    expect(left.tasks.map((t) => t.id)).not.toContain(alpha);
    expect(left.tasks).toHaveLength(2);

    expect(pageProblems(page)).toEqual([]);
  });
});
