import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, newPage, pageProblems } from './browser';
import { apiClient, checkLayouts, signIn, tokenOf } from './session';

const FIXTURES = '../shared/fixtures';
const fixture = (path: string) => readFileSync(`${FIXTURES}/${path}`, 'utf8');
const ANNOTATOR = { email: 'olga@e2e.example.org', password: 'olga-annotator-pw-1' };
const REVIEWER = { email: 'rafa@e2e.example.org', password: 'rafa-reviewer-pw-1' };

type Json = Record<string, unknown>;
interface Annotation {
  id: number;
  task: number;
  ground_truth: boolean;
  last_action: string | null;
}

/** A reviewer's pass over a project, in Chromium against the real server (issue: reviewers). */
describe('review', () => {
  const base = inject('baseUrl');
  let browser: Browser;
  let projectId = 0;
  let annotatorToken = '';
  const annotations: Annotation[] = [];

  const api = apiClient(base);

  /** Takes the annotator's next task and submits a sentiment for it. */
  async function annotateNext(choice: string): Promise<Annotation> {
    const task = await api<{ id: number }>(
      'GET',
      `/api/projects/${projectId}/next`,
      undefined,
      annotatorToken,
    );
    const result = [
      {
        id: `sent${String(task.id).padStart(6, '0')}`,
        from_name: 'sentiment',
        to_name: 'text',
        type: 'choices',
        value: { choices: [choice] },
      },
    ];
    return api<Annotation>(
      'POST',
      `/api/tasks/${task.id}/annotations`,
      { result, lead_time: 75 },
      annotatorToken,
    );
  }

  beforeAll(async () => {
    browser = await launch();
    await api('POST', '/api/users', { ...ANNOTATOR, role: 'annotator', first_name: 'Olga' });
    await api('POST', '/api/users', { ...REVIEWER, role: 'reviewer', first_name: 'Rafa' });
    const project = await api<{ id: number }>('POST', '/api/projects', {
      title: 'Review pass',
      label_config: fixture('configs/sentiment.xml'),
    });
    projectId = project.id;
    await api('POST', `/api/projects/${projectId}/import`, [
      { data: { text: 'The kettle boils fast and the handle stays cool. Love it!' } },
      { data: { text: 'Arrived late and the box was crushed.' } },
    ]);
    annotatorToken = await tokenOf(base, ANNOTATOR);
    annotations.push(await annotateNext('Positive'), await annotateNext('Positive'));
  });
  afterAll(async () => browser?.close());

  it('accepts one with A, rejects the other with a reason, marks ground truth and comments', async () => {
    const [first, second] = annotations as [Annotation, Annotation];
    const page = await newPage(browser);
    await signIn(page, base, REVIEWER);
    await page.goto(`${base}/projects/${projectId}/review`);
    await page.getByRole('heading', { name: 'Review', exact: true }).waitFor();
    await page.getByText('2 annotations waiting').waitFor();
    await checkLayouts(page, 'review-queue');

    await page.getByRole('link', { name: 'Start reviewing' }).click();
    await page.getByRole('heading', { name: /^Task \d+ · Olga/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('annotation')).toBe(String(first.id));
    await page.getByRole('radio', { name: /Positive/ }).waitFor();
    await checkLayouts(page, 'review-view');

    // Ground truth with G: the toggle and the comparison list follow.
    await page.keyboard.press('g');
    await page.getByRole('button', { name: /Ground truth/, pressed: true }).waitFor();
    expect((await api<Annotation>('GET', `/api/annotations/${first.id}`)).ground_truth).toBe(true);

    const comments = page.getByRole('region', { name: /Comments/ });
    await comments
      .getByRole('textbox', { name: 'New comment' })
      .fill('Clear case; good reference.');
    await comments.getByRole('button', { name: 'Add comment' }).click();
    await comments.getByText('Clear case; good reference.').waitFor();
    // Typing a comment (with an "a" in it) accepted nothing.
    expect(await api<Json[]>('GET', `/api/annotations/${first.id}/reviews`)).toEqual([]);

    // Back on the page (not in a field): A accepts and the next annotation opens.
    await page.getByRole('heading', { name: /^Task \d+ · Olga/ }).click();
    await page.keyboard.press('a');
    await page
      .getByRole('status')
      .getByText(/^Accepted task \d+ by Olga\.$/)
      .waitFor();
    await page.waitForURL((url) => url.searchParams.get('annotation') === String(second.id));

    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog', { name: 'Reject this annotation' });
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await dialog.getByText('Give a reason: the annotator sees it with the task.').waitFor();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('The writer is unhappy: Negative.');
    await checkLayouts(page, 'review-reject');
    await dialog.getByRole('button', { name: 'Reject' }).click();

    await page.getByText('Nothing else waits for review.').waitFor();
    await page.getByText('Nothing waits for review', { exact: true }).waitFor();
    await checkLayouts(page, 'review-queue-done');

    const accepted = await api<Annotation>('GET', `/api/annotations/${first.id}`);
    expect(accepted).toMatchObject({ last_action: 'accepted', ground_truth: true });
    const reviews = await api<Json[]>('GET', `/api/annotations/${second.id}/reviews`);
    expect(reviews).toMatchObject([
      { action: 'reject', comment: 'The writer is unhappy: Negative.' },
    ]);
    const noted = await api<Json[]>('GET', `/api/comments?annotation=${first.id}`);
    expect(noted).toMatchObject([{ text: 'Clear case; good reference.', is_resolved: false }]);
    // The rejected task is the annotator's again.
    const back = await api<{ id: number }>(
      'GET',
      `/api/projects/${projectId}/next`,
      undefined,
      annotatorToken,
    );
    expect(back.id).toBe(second.task);
    // `review/next` answers 404 once nothing is left: the page reads that as "queue done".
    expect(pageProblems(page, [401, 404])).toEqual([]);
  });
});
