import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, pageProblems, screenshot } from './browser';
import { apiClient, signIn, tokenOf } from './session';

const DANA = { email: 'dana@e2e.example.org', password: 'dana-annotator-pw-1' };
const CONFIG = `<View>
  <Text name="text" value="$text"/>
  <Choices name="mood" toName="text" choice="single">
    <Choice value="Happy"/>
    <Choice value="Sad"/>
  </Choices>
</View>`;

/** A project's dashboard, in Chromium against the real server, with data made through the API. */
describe('project dashboard', () => {
  const base = inject('baseUrl');
  let browser: Browser;
  let projectId: number;

  const call = apiClient(base);

  /** A stat's value in the StatList of the named section. */
  const stat = (page: Page, section: string, label: string) =>
    page
      .getByRole('region', { name: section })
      .locator('.stat-list__item')
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator('.stat-list__value');

  beforeAll(async () => {
    browser = await launch();
    await call('POST', '/api/users', {
      ...DANA,
      role: 'annotator',
      first_name: 'Dana',
      last_name: 'Scully',
    });
    const danaToken = await tokenOf(base, DANA);
    projectId = (
      await call<{ id: number }>('POST', '/api/projects', {
        title: 'Dashboard e2e',
        label_config: CONFIG,
      })
    ).id;
    const tasks: number[] = [];
    for (const text of ['Sunny day', 'Lost keys', 'Rain again']) {
      tasks.push(
        (await call<{ id: number }>('POST', '/api/tasks', { project: projectId, data: { text } }))
          .id,
      );
    }
    const choose = (value: string) => [
      {
        id: `mood${value.padEnd(6, '0')}`.slice(0, 10),
        from_name: 'mood',
        to_name: 'text',
        type: 'choices',
        origin: 'manual',
        value: { choices: [value] },
      },
    ];
    await call(
      'POST',
      `/api/tasks/${tasks[0]}/annotations`,
      { result: choose('Happy'), lead_time: 12 },
      danaToken,
    );
    await call(
      'POST',
      `/api/tasks/${tasks[1]}/annotations`,
      { result: choose('Sad'), lead_time: 30 },
      danaToken,
    );
    await call(
      'POST',
      `/api/tasks/${tasks[2]}/annotations`,
      { result: [], was_cancelled: true },
      danaToken,
    );
  });
  afterAll(async () => browser?.close());

  it('shows the counts and rates, draws the chart and downloads the per-annotator CSV', async () => {
    const page = await newPage(browser);
    await signIn(page, base);
    await page.goto(`${base}/projects/${projectId}/dashboard`);
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'In this range' }).waitFor();

    expect(await stat(page, 'In this range', 'Annotations').textContent()).toBe('2');
    expect(await stat(page, 'In this range', 'Skipped').textContent()).toBe('1');
    expect(await stat(page, 'In this range', 'Skip rate').textContent()).toBe('33%');
    expect(await stat(page, 'Progress', 'Tasks').textContent()).toBe('3');

    const chart = page.getByRole('img', { name: /2 submitted and 1 skipped in all/ });
    await chart.locator('canvas').waitFor();
    const dana = page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Dana Scully' }) });
    expect(await dana.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['2', '1', '21 s', '28.2 s']),
    );
    const labels = page.getByRole('table', { name: /each value of mood/ });
    expect(await labels.getByRole('row').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Happy1/), expect.stringMatching(/^Sad1/)]),
    );
    await expectAccessible(page);
    await screenshot(page, 'dashboard');

    // The chart's numbers as a table, on request.
    await page.getByRole('button', { name: 'Show table' }).click();
    await page.getByRole('table', { name: 'Annotations submitted and skipped per day' }).waitFor();
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV of the per-annotator figures' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(
      new RegExp(
        `^project-${projectId}-annotators-\\d{4}-\\d\\d-\\d\\d-to-\\d{4}-\\d\\d-\\d\\d\\.csv$`,
      ),
    );
    const csv = readFileSync((await file.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(csv[0]).toBe(
      'user_id,email,name,annotations,skipped,lead_time_median_seconds,lead_time_p90_seconds,reviews,rejected,reject_rate',
    );
    expect(csv[1]).toMatch(/^\d+,dana@e2e\.example\.org,Dana Scully,2,1,21,28\.2,0,0,$/);

    // 200 % zoom: the chart follows its box, everything stays reachable.
    await page.setViewportSize({ width: 640, height: 400 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect
      .poll(async () => (await chart.locator('canvas').boundingBox())?.width ?? 0)
      .toBeLessThan(640);
    await expectAccessible(page);
    await screenshot(page, 'dashboard-200-percent');

    // Another range is another request; today's work is in the last 7 days as well.
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    await page.waitForURL(/days=7/);
    expect(await stat(page, 'In this range', 'Annotations').textContent()).toBe('2');
    expect(pageProblems(page)).toEqual([]);
  });

  it('shows annotators the 403 page', async () => {
    const page = await newPage(browser);
    await signIn(page, base, DANA);
    await page.goto(`${base}/projects/${projectId}/dashboard`);
    await page.getByRole('heading', { name: 'You don’t have access to this page' }).waitFor();
    expect(pageProblems(page)).toEqual([]);
  });
});
