import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, type StubRequest } from '../../../../../test/setup/fetch';
import { buildAnnotation } from '../../../../../test/setup/labeling-factories';
import {
  buildReview,
  closeEditor,
  renderReview,
  reviewStubs,
  sentiment,
  taskWithTwo,
} from '../../../../../test/setup/review-factories';

afterEach(closeEditor);

const LATER = '2024-06-19T08:00:00.000000Z';
const reviewsSent = (requests: StubRequest[]) =>
  requests.filter((r) => r.method === 'POST' && r.url.pathname === '/api/annotations/31/review');
const reviewed = (id: number, body: Record<string, unknown>) =>
  jsonResponse(buildReview({ annotation: id, ...body }), 201);

async function openReview(search?: string) {
  const view = renderReview(search);
  await screen.findByRole('heading', { name: 'Task 21 · Ada' });
  // The editor shows the annotation read-only: its choice is checked and cannot change.
  expect(await screen.findByRole('radio', { name: /Positive/ })).toBeChecked();
  return view;
}

describe('review view', () => {
  it('accepts with A, sending the version shown, then opens the next annotation', async () => {
    const { requests } = reviewStubs({
      'POST /api/annotations/31/review': (r) => reviewed(31, r.body as never),
    });
    const { user, router } = await openReview();
    expect(screen.getByRole('button', { name: /Accept/ })).toHaveAttribute(
      'aria-keyshortcuts',
      'A',
    );

    await user.keyboard('a');

    expect(await screen.findByRole('heading', { name: /^Task 22 ·/ })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Accepted task 21 by Ada.');
    expect(reviewsSent(requests).map((r) => r.body)).toEqual([
      { action: 'accept', updated_at: taskWithTwo().annotations[0]!.updated_at },
    ]);
    expect(router.state.location.search).toBe('?task=22&annotation=33');
    // The next one was asked for while the first was open, without it.
    const next = requests.find((r) => r.url.pathname.endsWith('/review/next'));
    expect(next?.url.searchParams.get('exclude')).toBe('31');
  });

  it('rejects only with a reason, and sends it', async () => {
    const { requests } = reviewStubs({
      'POST /api/annotations/31/review': (r) => reviewed(31, r.body as never),
    });
    const { user } = await openReview();

    await user.keyboard('r');
    const dialog = await screen.findByRole('dialog', { name: 'Reject this annotation' });
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));
    expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(
      'Give a reason: the annotator sees it with the task.',
    );
    expect(reviewsSent(requests)).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Sarcasm: negative');
    await user.click(within(dialog).getByRole('button', { name: 'Reject' }));

    await screen.findByRole('heading', { name: /^Task 22 ·/ });
    expect(reviewsSent(requests)[0]?.body).toMatchObject({
      action: 'reject',
      comment: 'Sarcasm: negative',
    });
    expect(screen.getByRole('status')).toHaveTextContent('Rejected task 21 by Ada.');
  });

  it('fixes with F: the editor opens on a copy, and Save fix posts the edited result', async () => {
    const { requests } = reviewStubs({
      'POST /api/annotations/31/review': (r) => reviewed(31, r.body as never),
    });
    const { user } = await openReview();

    await user.keyboard('f');
    const negative = await screen.findByRole('radio', { name: /Negative/ });
    await user.click(negative);
    expect(negative).toBeChecked();
    // While fixing, the verdict keys are off: A does not accept the original.
    expect(screen.getByRole('button', { name: /Accept/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: /Save fix/ }));

    await screen.findByRole('heading', { name: /^Task 22 ·/ });
    const [sent] = reviewsSent(requests);
    expect(sent?.body).toMatchObject({
      action: 'fix',
      result: [{ value: { choices: ['Negative'] } }],
    });
    expect(screen.getByRole('status')).toHaveTextContent('Fixed and accepted task 21 by Ada.');
  });

  it('on 409 shows the current version and reviews that one instead', async () => {
    const current = taskWithTwo({
      ada: { updated_at: LATER, last_action: 'updated', result: sentiment('Neutral') },
    });
    const { requests } = reviewStubs({
      'GET /api/tasks/21': [jsonResponse(taskWithTwo()), jsonResponse(current)],
      'POST /api/annotations/31/review': [
        errorResponse(409, 'The annotation was changed since you loaded it.'),
        (r) => reviewed(31, r.body as never),
      ],
    });
    const { user } = await openReview();

    await user.keyboard('a');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This annotation changed while you were reviewing it');
    expect(alert).toHaveTextContent('Your acceptance was not saved.');
    await waitFor(() => expect(alert).toHaveTextContent('It is now: Updated'));
    // The editor now shows the version that won.
    await waitFor(() => expect(screen.getByRole('radio', { name: /Neutral/ })).toBeChecked());

    await user.click(within(alert).getByRole('button', { name: 'Review the current version' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.keyboard('a');

    await screen.findByRole('heading', { name: /^Task 22 ·/ });
    expect(reviewsSent(requests).map((r) => (r.body as { updated_at: string }).updated_at)).toEqual(
      [taskWithTwo().annotations[0]!.updated_at, LATER],
    );
  });

  it('marks ground truth with G, and the comparison list follows (one per task)', async () => {
    const { requests } = reviewStubs({
      'GET /api/tasks/21': [
        jsonResponse(taskWithTwo({ ben: { ground_truth: true } })),
        jsonResponse(taskWithTwo({ ada: { ground_truth: true, updated_at: LATER } })),
      ],
      'PATCH /api/annotations/31': jsonResponse(
        buildAnnotation({ id: 31, task: 21, ground_truth: true, updated_at: LATER }),
      ),
    });
    const { user } = await openReview();
    const list = screen.getByRole('region', { name: /Annotations on this task/ });
    const item = (name: string) => within(list).getByText(name).closest('li')!;
    expect(within(item('Ben Two')).getByText('★ Ground truth')).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: /Ground truth/ });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await user.keyboard('g');

    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    expect(within(item('Ada')).getByText('★ Ground truth')).toBeInTheDocument();
    expect(within(item('Ben Two')).queryByText('★ Ground truth')).not.toBeInTheDocument();
    const patch = requests.find((r) => r.method === 'PATCH');
    expect(patch?.body).toEqual({ ground_truth: true });
  });

  it('shows another annotation of the task in the editor for comparison', async () => {
    reviewStubs();
    const { user } = await openReview();
    await user.click(screen.getByRole('button', { name: 'Show Ben Two’s annotation' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: /Negative/ })).toBeChecked());
    // Verdicts are for the annotation under review, so they wait until it is back.
    expect(screen.getByRole('button', { name: /Accept/ })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Back to Ada’s annotation' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: /Positive/ })).toBeChecked());
    expect(screen.getByRole('button', { name: /Accept/ })).toBeEnabled();
  });
});
