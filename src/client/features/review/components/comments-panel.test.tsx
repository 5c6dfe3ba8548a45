import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, noContent } from '../../../../../test/setup/fetch';
import {
  buildComment,
  buildReview,
  closeEditor,
  renderReview,
  reviewer,
  reviewStubs,
} from '../../../../../test/setup/review-factories';

afterEach(closeEditor);

const comment = buildComment({
  id: 70,
  annotation: 31,
  task: 21,
  created_by: reviewer.id,
  text: 'Irony?',
});

describe('comments and past reviews in the review view', () => {
  it('adds a comment, then resolves it', async () => {
    const { requests } = reviewStubs({
      'GET /api/comments': [
        jsonResponse([]),
        jsonResponse([comment]),
        jsonResponse([{ ...comment, is_resolved: true, resolved_at: comment.created_at }]),
      ],
      'POST /api/comments': jsonResponse(comment, 201),
      'PATCH /api/comments/70': jsonResponse({ ...comment, is_resolved: true }),
    });
    const { user } = renderReview();
    const panel = await screen.findByRole('region', { name: /Comments/ });
    expect(await within(panel).findByText('No comments yet.')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Add comment' }));
    expect(within(panel).getByText('Write something first.')).toBeInTheDocument();
    await user.type(within(panel).getByRole('textbox', { name: 'New comment' }), 'Irony?');
    await user.click(within(panel).getByRole('button', { name: 'Add comment' }));

    expect(await within(panel).findByText('Irony?')).toBeInTheDocument();
    expect(within(panel).getByText('you')).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: 'New comment' })).toHaveValue('');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      annotation: 31,
      text: 'Irony?',
    });

    await user.click(within(panel).getByRole('button', { name: 'Resolve' }));
    expect(await within(panel).findByText('Resolved')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({ is_resolved: true });
    // Typing a comment never triggers the review keys.
    expect(requests.some((r) => r.url.pathname.endsWith('/review'))).toBe(false);
  });

  it('lists past reviews and lets their author delete one', async () => {
    const review = buildReview({
      id: 80,
      annotation: 31,
      created_by: reviewer.id,
      action: 'reject',
      comment: 'Wrong sentiment',
    });
    const { requests } = reviewStubs({
      'GET /api/annotations/31/reviews': [jsonResponse([review]), jsonResponse([])],
      'DELETE /api/reviews/80': noContent(),
    });
    const { user } = renderReview();
    const panel = await screen.findByRole('region', { name: 'Reviews' });
    expect(await within(panel).findByText('Wrong sentiment')).toBeInTheDocument();
    expect(within(panel).getByText('Rejected')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Delete review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this review?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete review' }));

    expect(await within(panel).findByText('Not reviewed yet.')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        requests.some((r) => r.method === 'DELETE' && r.url.pathname === '/api/reviews/80'),
      ).toBe(true),
    );
  });
});
