import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse } from '../../../../../test/setup/fetch';
import {
  PROJECT_ID,
  buildQueueItem,
  buildQueuePage,
  closeEditor,
  renderReview,
  reviewStubs,
} from '../../../../../test/setup/review-factories';

afterEach(closeEditor);

const QUEUE = `GET /api/projects/${PROJECT_ID}/review/queue`;
const items = [
  buildQueueItem({ id: 31, task: 21, inner_id: 1, lead_time: 42 }),
  buildQueueItem({
    id: 34,
    task: 24,
    inner_id: 4,
    completed_by: 8,
    created_username: 'Ben Two ben@example.org, 8',
    lead_time: 130,
  }),
];

describe('review queue', () => {
  it('lists what waits, oldest first, with the count; rows and Start open the review view', async () => {
    reviewStubs({ [QUEUE]: jsonResponse(buildQueuePage(items)) });
    const { user, router } = renderReview('');

    expect(await screen.findByText('2 annotations waiting')).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      'ada@example.org',
      'Ben Two',
    ]);
    expect(within(rows[1]!).getByText('2 min 10 s')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start reviewing' })).toHaveAttribute(
      'href',
      `/projects/${PROJECT_ID}/review?task=21&annotation=31`,
    );

    await user.click(screen.getByRole('link', { name: /Task 24/ }));
    expect(router.state.location.search).toBe('?task=24&annotation=34');
  });

  it('keeps the filters in the URL, sends them, and keeps them into the review view', async () => {
    const { requests } = reviewStubs({ [QUEUE]: jsonResponse(buildQueuePage(items)) });
    const { user, router } = renderReview('');
    await screen.findByText('2 annotations waiting');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Annotator' }), 'Ben Two');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Label' }), 'Negative');
    const from = screen.getByLabelText('Submitted from');
    await user.type(from, '2024-06-01');

    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        annotator: '8',
        label: 'Negative',
        from: '2024-06-01',
      }),
    );
    await waitFor(() => {
      const last = requests.filter((r) => r.url.pathname.endsWith('/review/queue')).at(-1)!;
      expect(last.url.searchParams.get('annotator')).toBe('8');
      expect(last.url.searchParams.get('label')).toBe('Negative');
      expect(last.url.searchParams.get('created_after')).toBe(
        new Date('2024-06-01T00:00:00').toISOString(),
      );
    });
    expect(screen.getByText(/annotations waiting \(filtered\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Task 21/ }));
    expect(new URLSearchParams(router.state.location.search).get('annotator')).toBe('8');
    expect(new URLSearchParams(router.state.location.search).get('annotation')).toBe('31');
  });

  it('says so when nothing waits, and offers to clear filters that hide everything', async () => {
    reviewStubs();
    const { user, router } = renderReview('?label=Neutral');
    expect(
      await screen.findByRole('heading', { name: 'No annotations match these filters' }),
    ).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(router.state.location.search).toBe('');
    expect(
      await screen.findByRole('heading', { name: 'Nothing waits for review' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Start reviewing' })).not.toBeInTheDocument();
  });
});
