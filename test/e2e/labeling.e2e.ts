import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_ADMIN } from './admin';
import { expectAccessible, launch, newPage, pageProblems, screenshot } from './browser';

const FIXTURES = '../shared/fixtures';
const fixture = (path: string) => readFileSync(`${FIXTURES}/${path}`, 'utf8');
const fixtureTasks = (name: string) =>
  JSON.parse(fixture(`tasks/${name}.json`)) as { data: Record<string, unknown> }[];
const ANNOTATOR = { email: 'ines@e2e.example.org', password: 'annotator-password-1' };

type Json = Record<string, unknown>;

/** The annotator's day, in the real browser against the real server (issue: annotator's app). */
describe('labeling', () => {
  const base = inject('baseUrl');
  let browser: Browser;
  const projects: Record<string, number> = {};

  async function api<T = Json>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { Authorization: `Token ${E2E_ADMIN.token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  }

  async function project(title: string, config: string, tasks: Json[]): Promise<number> {
    const p = await api<{ id: number }>('POST', '/api/projects', { title, label_config: config });
    await api('POST', `/api/projects/${p.id}/import`, tasks);
    return p.id;
  }

  const annotationsOf = (projectId: number) =>
    api<{ tasks: { id: number; data: Json }[] }>(
      'GET',
      `/api/tasks?project=${projectId}&fields=all&page_size=100`,
    ).then(async ({ tasks }) =>
      (
        await Promise.all(tasks.map((t) => api<Json[]>('GET', `/api/tasks/${t.id}/annotations`)))
      ).flat(),
    );

  beforeAll(async () => {
    browser = await launch();
    await api('POST', '/api/users', { ...ANNOTATOR, role: 'annotator', first_name: 'Ines' });
    const sentiment = fixtureTasks('sentiment')
      .slice(0, 4)
      .map((t) => ({ data: t.data }));
    projects.sentiment = await project('Sentiment', fixture('configs/sentiment.xml'), sentiment);
    const ner = fixtureTasks('ner')
      .slice(1, 2)
      .map((t) => ({ data: t.data }));
    projects.ner = await project('Entities', fixture('configs/ner.xml'), ner);
    const png = readFileSync(`${FIXTURES}/images/cat-1.png`).toString('base64');
    projects.boxes = await project('Boxes', fixture('configs/image-bbox.xml'), [
      { data: { image: `data:image/png;base64,${png}` } },
    ]);
  });
  afterAll(async () => browser?.close());

  async function signIn(page: Page) {
    await page.goto(`${base}/login`);
    await page.getByLabel('Email').fill(ANNOTATOR.email);
    await page.getByLabel('Password').fill(ANNOTATOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Sentiment', exact: true }).waitFor();
  }

  /** Waits until the outbox has sent everything ("waiting to sync" gone). */
  const synced = (page: Page) =>
    page.getByText(/waiting to sync/).waitFor({ state: 'detached', timeout: 30_000 });

  it('labels Text + Choices with keys, submits, skips, and finds a draft after a reload', async () => {
    const page = await newPage(browser);
    await signIn(page);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Sentiment', exact: true }).click();
    await page.getByRole('link', { name: 'Start labeling' }).click();
    await page.getByRole('heading', { name: /^Task \d+$/ }).waitFor();
    await page.getByText('The kettle boils').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'task-text-choices');
    // 200 % zoom: the same page in half the CSS pixels.
    await page.setViewportSize({ width: 640, height: 400 });
    await expectAccessible(page);
    await screenshot(page, 'task-text-choices-200-percent');
    await page.setViewportSize({ width: 1280, height: 800 });
    const first = await page.getByRole('heading', { name: /^Task \d+$/ }).textContent();

    // A submit without the required choice is refused, in place, by the shared rules.
    await page.keyboard.press('Control+Enter');
    await page.getByText('Fix these before submitting').waitFor();

    await page.mouse.click(5, 400); // active time needs input
    await page.keyboard.press('1');
    await expect.poll(() => page.getByRole('radio', { name: /Positive/ }).isChecked()).toBe(true);
    await page.waitForTimeout(1200);
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(() => page.getByRole('heading', { name: /^Task \d+$/ }).textContent())
      .not.toBe(first);

    // Skip the second task.
    const second = await page.getByRole('heading', { name: /^Task \d+$/ }).textContent();
    await page.getByRole('button', { name: /^Skip/ }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: /^Task \d+$/ }).textContent())
      .not.toBe(second);

    // A draft on the third survives a reload.
    const third = await page.getByRole('heading', { name: /^Task \d+$/ }).textContent();
    await page.keyboard.press('3');
    await expect.poll(() => page.getByRole('radio', { name: /Negative/ }).isChecked()).toBe(true);
    await page.reload();
    await page.getByRole('heading', { name: third ?? '' }).waitFor();
    await expect.poll(() => page.getByRole('radio', { name: /Negative/ }).isChecked()).toBe(true);
    await synced(page);

    const stored = await annotationsOf(projects.sentiment!);
    const submitted = stored.filter((a) => a.was_cancelled === false);
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toMatchObject({
      result: [
        {
          from_name: 'sentiment',
          to_name: 'text',
          type: 'choices',
          origin: 'manual',
          value: { choices: ['Positive'] },
        },
      ],
    });
    expect(submitted[0]!.lead_time).toBeGreaterThan(0);
    const skipped = await api<Json[]>('GET', `/api/tasks?project=${projects.sentiment}&fields=all`);
    expect(JSON.stringify(skipped)).toContain('"cancelled_annotations":1');
    expect(pageProblems(page)).toEqual([]);
  });

  it('labels an NER span on text with emoji, with code-point offsets', async () => {
    const page = await newPage(browser);
    await signIn(page);
    await page.goto(`${base}/projects/${projects.ner}/label`);
    await page.getByText('Orbital Freight').first().waitFor();

    // Select "Ines" with the mouse, then press the Person key (p).
    await dragOver(page, 'Ines');
    await page.keyboard.press('p');
    // Arm Organization first, then select.
    await page.getByRole('button', { name: /Organization/ }).click();
    await dragOver(page, 'Orbital Freight');
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: 'Orbital' }).count())
      .toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, 'task-ner');
    await page.keyboard.press('Control+Enter');
    await synced(page);
    await page.getByText('You’re all done here').waitFor();

    const [annotation] = await annotationsOf(projects.ner!);
    const values = (annotation!.result as Json[]).map((r) => r.value);
    expect(values).toEqual([
      { start: 2, end: 6, text: 'Ines', labels: ['Person'] },
      { start: 14, end: 29, text: 'Orbital Freight', labels: ['ORG'] },
    ]);
    // 404 is the stream's "nothing left" (prefetch, then the stream page).
    expect(pageProblems(page, [401, 404])).toEqual([]);
  });

  it('draws a rectangle, submits offline, and stores exactly one annotation once back online', async () => {
    const page = await newPage(browser);
    await signIn(page);
    await page.goto(`${base}/projects/${projects.boxes}/label`);
    const image = page.getByRole('img', { name: /labeling target/i });
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
    await page.getByRole('button', { name: /Cat/ }).click();
    // The label bar sits under the image: scroll back so the whole image is on screen.
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = (await image.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.8, { steps: 5 });
    await page.mouse.up();
    await screenshot(page, 'task-image');

    await page.context().setOffline(true);
    await page.keyboard.press('Control+Enter');
    await page.getByText('1 waiting to sync').waitFor();
    await page.context().setOffline(false);
    await synced(page);

    const stored = await annotationsOf(projects.boxes!);
    expect(stored).toHaveLength(1);
    const [item] = stored[0]!.result as Json[];
    expect(item).toMatchObject({
      from_name: 'box',
      to_name: 'image',
      type: 'rectanglelabels',
      original_width: 160,
      original_height: 120,
      image_rotation: 0,
      value: { rotation: 0, rectanglelabels: ['Cat'] },
    });
    const v = item!.value as Record<string, number>;
    expect(v.x).toBeCloseTo(20, 0);
    expect(v.width).toBeCloseTo(40, 0);
    expect(stored[0]!.lead_time).toBeGreaterThan(0);
  });
});

/** Drags the mouse across the first occurrence of `text` inside the editor. */
async function dragOver(page: Page, text: string) {
  const rect = await page.evaluate((needle) => {
    const root = document.querySelector('[data-editor-root]');
    if (!root) throw new Error('no editor');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.textContent?.indexOf(needle) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + needle.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, y: r.top + r.height / 2 };
    }
    throw new Error(`"${needle}" not found`);
  }, text);
  await page.mouse.move(rect.left + 1, rect.y);
  await page.mouse.down();
  await page.mouse.move(rect.right - 1, rect.y, { steps: 5 });
  await page.mouse.up();
}
