import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, newPage, pageProblems, screenshot } from './browser';
import { apiClient, signIn } from './session';

const ANNA = { email: 'anna@workflow.example.org', password: 'anna-annotator-pw-1' };
const REMY = { email: 'remy@workflow.example.org', password: 'remy-reviewer-pw-1' };

interface ExportedAnnotation {
  id: number;
  ground_truth: boolean;
  last_action: string | null;
  result: { value: { choices?: string[] } }[];
  reviews: { action: string; comment: string }[];
}
interface ExportedTask {
  id: number;
  data: { text: string };
  annotations: ExportedAnnotation[];
}

const taskHeading = (page: Page) => page.getByRole('heading', { name: /^Task \d+$/ });
const taskIdOnScreen = async (page: Page) =>
  Number(/\d+/.exec((await taskHeading(page).textContent()) ?? '')?.[0]);

/**
 * The whole loop, each step as its person does it in the browser: an admin sets a project up
 * from a template and imports its tasks, an annotator labels them, a reviewer accepts one (as
 * ground truth, with a comment) and rejects the other, the rejected task comes back to the
 * annotator, and the admin exports and looks at the dashboard.
 */
describe('a project from setup to export', () => {
  const base = inject('baseUrl');
  const api = apiClient(base);
  const title = `Support inbox ${Date.now().toString(36)}`;
  let browser: Browser;
  let projectId: number;

  beforeAll(async () => {
    browser = await launch();
    await api('POST', '/api/users', { ...ANNA, role: 'annotator', first_name: 'Anna' });
    await api('POST', '/api/users', { ...REMY, role: 'reviewer', first_name: 'Remy' });
  });
  afterAll(async () => browser?.close());

  it('runs setup, import, labeling, review, rework, export and the dashboard', async () => {
    // Admin: a project from the text-classification template, then its tasks from a file.
    const admin = await newPage(browser);
    await signIn(admin, base);
    await admin.getByRole('link', { name: 'New project' }).click();
    await admin.getByRole('button', { name: 'Use the Text classification template' }).click();
    await admin.getByLabel('Title').fill(title);
    await admin.getByRole('button', { name: 'Create project' }).click();
    await admin.waitForURL(/\/projects\/\d+$/);
    projectId = Number(/\/projects\/(\d+)$/.exec(admin.url())![1]);

    await admin
      .getByRole('navigation', { name: 'Project' })
      .getByRole('link', { name: 'Tasks' })
      .click();
    await admin.getByRole('button', { name: 'Import', exact: true }).click();
    const importDialog = admin.getByRole('dialog', { name: 'Import tasks' });
    await importDialog.getByLabel('Choose files').setInputFiles({
      name: 'inbox.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify([
          { text: 'I was charged twice for one order.' },
          { text: 'The courier left my parcel in the rain.' },
        ]),
      ),
    });
    await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
    await importDialog.getByText(/2 tasks added/).waitFor();
    await importDialog.getByRole('button', { name: 'Done' }).click();
    await admin.getByText('2 tasks', { exact: true }).waitFor();

    // Annotator: labels both tasks from the stream with the choice keys.
    const anna = await newPage(browser);
    await signIn(anna, base, ANNA);
    await anna.getByRole('link', { name: title }).click();
    await anna.getByRole('link', { name: 'Start labeling' }).click();
    const labeled: number[] = [];
    for (const key of ['1', '2']) {
      await taskHeading(anna).waitFor();
      const id = await taskIdOnScreen(anna);
      await anna.mouse.click(5, 400); // active time starts with input
      await anna.keyboard.press(key);
      await anna.waitForTimeout(600);
      await anna.keyboard.press('Control+Enter');
      labeled.push(id);
      await expect.poll(() => taskIdOnScreen(anna).catch(() => 0)).not.toBe(id);
    }
    await expect
      .poll(
        async () =>
          (await api<{ total_annotations_number: number }>('GET', `/api/projects/${projectId}`))
            .total_annotations_number,
      )
      .toBe(2);

    // Reviewer: ground truth, a comment and Accept on the first; Reject with a reason on the second.
    const remy = await newPage(browser);
    await signIn(remy, base, REMY);
    await remy.getByRole('link', { name: title }).click();
    await remy
      .getByRole('navigation', { name: 'Project' })
      .getByRole('link', { name: 'Review' })
      .click();
    await remy.getByText('2 annotations waiting').waitFor();
    await remy.getByRole('link', { name: 'Start reviewing' }).click();
    const reviewHeading = remy.getByRole('heading', { name: /^Task \d+ · Anna/ });
    await reviewHeading.waitFor();
    const firstTask = Number(/Task (\d+)/.exec((await reviewHeading.textContent()) ?? '')?.[1]);
    await remy.keyboard.press('g');
    await remy.getByRole('button', { name: /Ground truth/, pressed: true }).waitFor();
    const comments = remy.getByRole('region', { name: /Comments/ });
    await comments.getByRole('textbox', { name: 'New comment' }).fill('Textbook billing case.');
    await comments.getByRole('button', { name: 'Add comment' }).click();
    await comments.getByText('Textbook billing case.').waitFor();
    await reviewHeading.click();
    await remy.keyboard.press('a');
    await remy
      .getByRole('status')
      .getByText(/^Accepted task \d+ by Anna\.$/)
      .waitFor();
    await expect
      .poll(async () => Number(/Task (\d+)/.exec((await reviewHeading.textContent()) ?? '')?.[1]))
      .not.toBe(firstTask);
    const rejectedTask = Number(/Task (\d+)/.exec((await reviewHeading.textContent()) ?? '')?.[1]);
    await remy.keyboard.press('r');
    const reject = remy.getByRole('dialog', { name: 'Reject this annotation' });
    await reject.getByRole('textbox', { name: 'Reason' }).fill('A late parcel is Delivery.');
    await reject.getByRole('button', { name: 'Reject' }).click();
    await remy.getByText('Nothing else waits for review.').waitFor();
    expect(labeled.sort()).toEqual([firstTask, rejectedTask].sort());

    // The rejected task is back in the annotator's stream, first.
    await anna.goto(`${base}/projects/${projectId}/label`);
    await expect.poll(() => taskIdOnScreen(anna).catch(() => 0)).toBe(rejectedTask);
    await anna.getByText('Rework queue').waitFor();
    await screenshot(anna, 'workflow-rework');

    // Admin: export JSON from the task table; ground truth, last action and reviews are in it.
    await admin.getByRole('button', { name: 'Export' }).click();
    const exportDialog = admin.getByRole('dialog', { name: 'Export tasks' });
    const [download] = await Promise.all([
      admin.waitForEvent('download'),
      exportDialog.getByRole('link', { name: 'Download JSON' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as ExportedTask[];
    const byTask = new Map(exported.map((t) => [t.id, t.annotations[0]]));
    expect(byTask.get(firstTask)).toMatchObject({
      ground_truth: true,
      last_action: 'accepted',
      reviews: [{ action: 'accept' }],
    });
    expect(byTask.get(rejectedTask)).toMatchObject({
      ground_truth: false,
      last_action: 'rejected',
      reviews: [{ action: 'reject', comment: 'A late parcel is Delivery.' }],
    });
    await exportDialog.getByRole('button', { name: 'Close', exact: true }).first().click();

    // Admin: the dashboard counts both annotations and the rejection.
    await admin.goto(`${base}/projects/${projectId}`);
    await admin
      .getByRole('navigation', { name: 'Project' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    const range = admin.getByRole('region', { name: 'In this range' });
    await range.waitFor();
    const stat = (label: string) =>
      range
        .locator('.stat-list__item')
        .filter({ has: admin.getByText(label, { exact: true }) })
        .locator('.stat-list__value');
    expect(await stat('Annotations').textContent()).toBe('2');
    expect(await stat('Reject rate').textContent()).toBe('50%');
    await screenshot(admin, 'workflow-dashboard');

    expect(pageProblems(admin)).toEqual([]);
    expect(pageProblems(anna, [401, 404])).toEqual([]);
    expect(pageProblems(remy, [401, 404])).toEqual([]);
  });
});
