import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExportDialog } from './export-dialog';
// eslint.config.js has no allowance yet for tests importing the shared helpers in test/setup.
import { jsonResponse, stubFetch } from '../../../../../test/setup/fetch';
import { renderWithProviders } from '../../../../../test/setup/render';
import { buildExportFormats } from '../../../../../test/setup/task-table-factories';
import type { ExportSelection } from '../table/export-selection';

function renderDialog(selection: ExportSelection | null, preferSelected = false) {
  stubFetch({ 'GET /api/projects/7/export/formats': jsonResponse(buildExportFormats()) });
  return renderWithProviders(
    <ExportDialog
      projectId={7}
      open
      onClose={() => {}}
      selection={selection}
      preferSelected={preferSelected}
    />,
  );
}

const hrefOf = (link: HTMLElement) => {
  const url = new URL(link.getAttribute('href')!, 'http://localhost');
  return { path: url.pathname, params: Object.fromEntries(url.searchParams) };
};

describe('ExportDialog', () => {
  it('builds the download link from the format, scope and options', async () => {
    const { user } = renderDialog(null);
    const dialog = screen.getByRole('dialog', { name: 'Export tasks' });
    await within(dialog).findByRole('radio', { name: /CSV/ });

    const link = within(dialog).getByRole('link', { name: 'Download JSON' });
    expect(link).toHaveAttribute('download');
    expect(hrefOf(link)).toEqual({
      path: '/api/projects/7/export',
      params: { exportType: 'JSON' },
    });
    expect(within(dialog).getByRole('radio', { name: /Selected tasks/ })).toBeDisabled();

    await user.click(within(dialog).getByRole('radio', { name: /CSV/ }));
    await user.click(within(dialog).getByRole('radio', { name: 'All tasks' }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Predictions/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Drafts' }));
    expect(hrefOf(within(dialog).getByRole('link', { name: 'Download CSV' })).params).toEqual({
      exportType: 'CSV',
      download_all_tasks: 'true',
      include_predictions: 'true',
      include_drafts: 'true',
    });
  });

  it('exports the selected tasks by id when opened from the selection', async () => {
    renderDialog({ count: 2, ids: [4, 9] }, true);
    const dialog = screen.getByRole('dialog', { name: 'Export tasks' });
    const link = await within(dialog).findByRole('link', { name: 'Download JSON' });
    expect(within(dialog).getByRole('radio', { name: /Selected tasks \(2\)/ })).toBeChecked();
    expect(hrefOf(link).params).toEqual({
      exportType: 'JSON',
      download_all_tasks: 'true',
      ids: '4,9',
    });
  });

  it('says why a selection cannot be exported as such', async () => {
    renderDialog({ count: 4000, ids: { reason: 'Scroll to the end of the table first.' } }, true);
    const dialog = screen.getByRole('dialog', { name: 'Export tasks' });
    await within(dialog).findByRole('link', { name: 'Download JSON' });
    expect(within(dialog).getByRole('radio', { name: /Selected tasks/ })).toBeDisabled();
    expect(within(dialog).getByText('Scroll to the end of the table first.')).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: /Tasks with annotations/ })).toBeChecked();
  });
});
