import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ImportDialog } from './import-dialog';
// eslint.config.js has no allowance yet for tests importing the shared helpers in test/setup.
import { errorResponse, jsonResponse, stubFetch } from '../../../../../test/setup/fetch';
import { renderWithProviders } from '../../../../../test/setup/render';
import {
  buildImportAccepted,
  buildImportJob,
} from '../../../../../test/setup/task-table-factories';

function renderDialog(onTasksChanged = vi.fn()) {
  const view = renderWithProviders(
    <ImportDialog projectId={7} open onClose={() => {}} onTasksChanged={onTasksChanged} />,
  );
  return { ...view, onTasksChanged };
}

const csv = () => new File(['text\nfirst\n\nthird\n'], 'tasks.csv', { type: 'text/csv' });

describe('ImportDialog', () => {
  it('uploads a file, shows the job progress, then the rows that failed', async () => {
    const { requests } = stubFetch({
      'POST /api/projects/7/import': jsonResponse(buildImportAccepted(31), 202),
      'GET /api/projects/7/imports/31': [
        jsonResponse(buildImportJob({ id: 31, status: 'running', rows_done: 2, rows_total: 4 })),
        jsonResponse(
          buildImportJob({
            id: 31,
            status: 'failed',
            rows_done: 4,
            rows_total: 4,
            errors: [
              'Error at item 1: "text" key is expected in task data',
              'Error at item 3: "text" key is expected in task data',
            ],
          }),
        ),
      ],
    });
    const { user, onTasksChanged } = renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Import tasks' });
    await user.upload(within(dialog).getByLabelText('Choose files'), csv());
    expect(within(dialog).getByRole('list', { name: 'Files to import' })).toHaveTextContent(
      'tasks.csv',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    const progress = await within(dialog).findByRole('progressbar', { name: 'Import progress' });
    expect(progress).toHaveAttribute('aria-valuenow', '2');
    expect(progress).toHaveAttribute('aria-valuemax', '4');
    expect(within(dialog).getByText('2 of 4 rows')).toBeInTheDocument();

    expect(await within(dialog).findByText('Nothing was imported')).toBeInTheDocument();
    const rows = within(dialog).getByRole('list', { name: 'Rows with errors' });
    expect(
      within(rows)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Row 2: "text" key is expected in task data',
      'Row 4: "text" key is expected in task data',
    ]);
    const upload = requests.find((r) => r.method === 'POST')!;
    expect(upload.url.searchParams.get('async')).toBe('true');
    expect(upload.url.searchParams.get('partial')).toBe('false');
    expect(onTasksChanged).not.toHaveBeenCalled();
  });

  it('commits the good rows of pasted JSON when asked, and says how many were added', async () => {
    const { requests } = stubFetch({
      'POST /api/projects/7/import': jsonResponse(buildImportAccepted(32), 202),
      'GET /api/projects/7/imports/32': jsonResponse(
        buildImportJob({
          id: 32,
          status: 'done',
          rows_done: 3,
          rows_total: 3,
          task_count: 2,
          errors: ['Error at item 2: "text" key is expected in task data'],
        }),
      ),
    });
    const { user, onTasksChanged } = renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Import tasks' });
    const paste = within(dialog).getByRole('textbox', { name: 'Or paste a JSON list of tasks' });
    await user.click(paste);
    await user.paste('[{"text": "a"}, {"text": "b"}, {"other": 1}]');
    await user.click(within(dialog).getByRole('radio', { name: /Commit the good rows/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));

    expect(await within(dialog).findByText(/2 tasks added\. 1 row left out/)).toBeInTheDocument();
    expect(within(dialog).getByText('Row 3:')).toBeInTheDocument();
    const upload = requests.find((r) => r.method === 'POST')!;
    expect(upload.url.searchParams.get('partial')).toBe('true');
    expect(upload.body).toEqual([{ text: 'a' }, { text: 'b' }, { other: 1 }]);
    expect(onTasksChanged).toHaveBeenCalledTimes(1);
  });

  it('refuses pasted text that is not JSON, and shows a refused upload in place', async () => {
    stubFetch({
      'POST /api/projects/7/import': errorResponse(
        415,
        'Unsupported media type "text/html" in request.',
      ),
    });
    const { user } = renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Import tasks' });
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose a file');
    await user.click(within(dialog).getByRole('textbox'));
    await user.paste('[{"text"');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('not valid JSON');

    await user.upload(within(dialog).getByLabelText('Choose files'), csv());
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByText('The upload failed')).toBeInTheDocument();
    expect(within(dialog).getByText(/Unsupported media type/)).toBeInTheDocument();
  });
});
