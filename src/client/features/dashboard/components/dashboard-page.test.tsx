import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, lastDays, todayUtc } from '../../../../shared/api/dashboard';
import { buildAnnotator, buildDashboard } from '../dashboard-factories.test-support';
import { DashboardPage } from './dashboard-page';
// eslint.config.js has no allowance yet for tests importing the shared helpers in test/setup.
import {
  errorResponse,
  jsonResponse,
  stubFetch,
  type StubRequest,
} from '../../../../../test/setup/fetch';
import { renderWithProviders } from '../../../../../test/setup/render';

const PROJECT = { id: 7, title: 'Product reviews' };
const API = 'GET /api/projects/7/dashboard';
const today = todayUtc();

const renderPage = (route = '/projects/7/dashboard') =>
  renderWithProviders(<DashboardPage project={PROJECT} />, { route });

/** Answers with a dashboard for whatever range the request asks for. */
const dashboardFor =
  (overrides: Parameters<typeof buildDashboard>[1] = {}) =>
  (request: StubRequest) =>
    jsonResponse(
      buildDashboard(
        {
          from: request.url.searchParams.get('from') ?? '',
          to: request.url.searchParams.get('to') ?? '',
        },
        overrides,
      ),
    );

const rangeOf = (request: StubRequest | undefined) => ({
  from: request?.url.searchParams.get('from'),
  to: request?.url.searchParams.get('to'),
});

const statValue = (label: string, within_: HTMLElement = document.body) =>
  within(within_).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

describe('DashboardPage', () => {
  it('shows progress, rates, throughput, annotators and labels from the response', async () => {
    stubFetch({
      [API]: dashboardFor({ perDay: { [today]: { submitted: 2, skipped: 1 } } }),
    });
    renderPage();

    expect(screen.getByRole('status')).toHaveTextContent('Loading the dashboard…');
    const progress = await screen.findByRole('region', { name: 'Progress' });
    expect(within(progress).getByRole('progressbar', { name: 'Tasks labeled' })).toHaveAttribute(
      'aria-valuetext',
      '12 of 40 tasks labeled',
    );
    expect(statValue('Tasks', progress)).toBe('40');
    expect(statValue('Ground truth', progress)).toBe('2');

    const totals = screen.getByRole('region', { name: 'In this range' });
    expect(statValue('Annotations', totals)).toBe('2');
    expect(statValue('Skip rate', totals)).toBe('33%');
    expect(within(totals).getByText('1 of 3')).toBeInTheDocument();
    expect(statValue('Reject rate', totals)).toBe('50%');

    // jsdom cannot draw: the per-day table takes the chart's place, one row per day.
    const perDay = screen.getByRole('table', { name: 'Annotations submitted and skipped per day' });
    expect(within(perDay).getAllByRole('row')).toHaveLength(31);
    const todayRow = within(perDay).getAllByRole('row').at(-1)!;
    expect(
      within(todayRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '1']);
    expect(screen.queryByRole('button', { name: 'Show table' })).not.toBeInTheDocument();

    const annotators = screen.getByRole('table', { name: /per annotator/ });
    const ada = within(annotators).getByRole('rowheader', { name: 'Ada Lovelace' }).closest('tr')!;
    expect(
      within(ada)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', '0', '20 s', '28 s', '2', '50% (1)']);

    const labels = screen.getByRole('table', { name: /each value of sentiment/ });
    const rows = within(labels)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(['Positive375%', 'Neutral00%', 'Negative125%']);
  });

  it('asks for the last 30 days, then for the range picked, and keeps it in the URL', async () => {
    const { requests } = stubFetch({ [API]: dashboardFor() });
    const { user, router } = renderPage();

    await screen.findByRole('region', { name: 'Progress' });
    expect(rangeOf(requests.at(-1))).toEqual(lastDays(30, today));
    expect(screen.getByRole('button', { name: 'Last 30 days' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(screen.getByRole('button', { name: 'Last 7 days' }));
    await waitFor(() => expect(rangeOf(requests.at(-1))).toEqual(lastDays(7, today)));
    expect(router.state.location.search).toBe('?days=7');
    expect(
      await screen.findByRole('table', { name: 'Annotations submitted and skipped per day' }),
    ).toSatisfy((t: HTMLElement) => within(t).getAllByRole('row').length === 8);

    await user.click(screen.getByRole('button', { name: 'Custom' }));
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    await user.clear(from);
    await user.type(from, '2024-03-10');
    await user.clear(to);
    await user.type(to, '2024-03-01');
    const before = requests.length;
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(from).toHaveAccessibleDescription('"from" must not be after "to".');
    expect(requests).toHaveLength(before);

    await user.clear(to);
    await user.type(to, '2024-03-12');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(rangeOf(requests.at(-1))).toEqual({ from: '2024-03-10', to: '2024-03-12' }),
    );
    expect(router.state.location.search).toBe('?from=2024-03-10&to=2024-03-12');
    expect(await screen.findByText(/Mar 10, 2024 – Mar 12, 2024/)).toBeInTheDocument();
  });

  it('opens on the range in the URL', async () => {
    const { requests } = stubFetch({ [API]: dashboardFor() });
    renderPage('/projects/7/dashboard?from=2024-01-01&to=2024-01-31');
    await screen.findByRole('region', { name: 'Progress' });
    expect(rangeOf(requests[0])).toEqual({ from: '2024-01-01', to: '2024-01-31' });
    expect(screen.getByRole('button', { name: 'Custom' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('From')).toHaveValue('2024-01-01');
  });

  it('shows the error in place and loads again on Retry', async () => {
    stubFetch({
      [API]: [errorResponse(500, 'Internal server error'), dashboardFor()],
    });
    const { user } = renderPage();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the dashboard');
    expect(alert).toHaveTextContent('The server ran into a problem. Please try again.');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('region', { name: 'Progress' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when nobody annotated and the config has nothing to count', async () => {
    stubFetch({ [API]: dashboardFor({ annotators: [], labels: [] }) });
    renderPage();
    expect(await screen.findByText('Nobody annotated in this range.')).toBeInTheDocument();
    expect(screen.getByText(/has no labels, choices or ratings to count/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /per-annotator/ })).not.toBeInTheDocument();
  });
});

describe('DashboardPage CSV downloads', () => {
  const saved: { name: string; blob: Blob }[] = [];
  let pendingBlob: Blob | undefined;
  const originals = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  // jsdom has no object URLs and cannot navigate to one: keep the blob, cancel the navigation.
  const keepDownload = (event: MouseEvent) => {
    const link = event.target;
    if (link instanceof HTMLAnchorElement && link.download && pendingBlob) {
      event.preventDefault();
      saved.push({ name: link.download, blob: pendingBlob });
    }
  };

  function captureDownloads() {
    saved.length = 0;
    URL.createObjectURL = (blob: Blob) => {
      pendingBlob = blob;
      return 'blob:dashboard-test';
    };
    URL.revokeObjectURL = () => {};
    document.addEventListener('click', keepDownload, true);
  }

  afterEach(() => {
    URL.createObjectURL = originals.create;
    URL.revokeObjectURL = originals.revoke;
    document.removeEventListener('click', keepDownload, true);
  });

  const readText = (blob: Blob) =>
    new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(blob);
    });

  it('saves the per-annotator figures with names quoted as CSV requires', async () => {
    captureDownloads();
    const range = { from: '2024-03-01', to: '2024-03-02' };
    stubFetch({
      [API]: dashboardFor({
        annotators: [
          buildAnnotator({
            user: { id: 11, email: 'ada@example.org', name: 'Ada "Countess", Lovelace' },
            lead_time_median: 12.5,
          }),
          buildAnnotator({
            user: null,
            annotations: 1,
            lead_time_median: null,
            lead_time_p90: null,
            reviews: 0,
            rejected: 0,
            reject_rate: null,
          }),
        ],
      }),
    });
    const { user } = renderPage(`/projects/7/dashboard?from=${range.from}&to=${range.to}`);

    await user.click(
      await screen.findByRole('button', { name: 'Download CSV of the per-annotator figures' }),
    );
    expect(saved.map((f) => f.name)).toEqual(['project-7-annotators-2024-03-01-to-2024-03-02.csv']);
    expect(saved[0]!.blob.type).toBe('text/csv;charset=utf-8');
    expect((await readText(saved[0]!.blob)).replace(/^\uFEFF/, '')).toBe(
      [
        'user_id,email,name,annotations,skipped,lead_time_median_seconds,lead_time_p90_seconds,reviews,rejected,reject_rate',
        '11,ada@example.org,"Ada ""Countess"", Lovelace",3,0,12.5,28,2,1,0.5',
        ',,,1,0,,,0,0,',
        '',
      ].join('\r\n'),
    );
  });

  it('saves the per-day counts and the label distribution', async () => {
    captureDownloads();
    const day = addDays(today, -1);
    stubFetch({ [API]: dashboardFor({ perDay: { [day]: { submitted: 4, skipped: 2 } } }) });
    const { user } = renderPage('/projects/7/dashboard?days=7');

    await user.click(
      await screen.findByRole('button', { name: 'Download CSV of the throughput per day' }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Download CSV of the label distribution' }),
    );
    const [perDay, labels] = await Promise.all(saved.map((f) => readText(f.blob)));
    const lines = perDay!.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('day,submitted,skipped');
    expect(lines).toHaveLength(9);
    expect(lines).toContain(`${day},4,2`);
    expect(lines).toContain(`${today},0,0`);
    expect(labels!.replace(/^\uFEFF/, '')).toBe(
      'control,tag,value,count\r\nsentiment,Choices,Positive,3\r\nsentiment,Choices,Neutral,0\r\nsentiment,Choices,Negative,1\r\n',
    );
  });
});
