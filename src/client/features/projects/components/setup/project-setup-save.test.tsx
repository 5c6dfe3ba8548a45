import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { namedEntities } from '../../templates/text-templates';
import { findConfigEditor, renderSetup, setConfigText } from './setup-testing.test-support';
import { buildProject } from '../../../../../../test/setup/factories';
import {
  errorResponse,
  jsonResponse,
  noContent,
  stubFetch,
} from '../../../../../../test/setup/fetch';

const REFUSAL =
  'These labels still exist in annotations or drafts:\nPlace (3 annotations, 1 draft)\nPlease add labels to tag with name="entities".';

describe('ProjectSetupPage: saving', () => {
  it('creates a project with the form’s values and opens it', async () => {
    const created = buildProject({ id: 41, title: 'Press mentions' });
    const { requests } = stubFetch({ 'POST /api/projects': jsonResponse(created, 201) });
    const { user, router } = renderSetup();
    await findConfigEditor();

    await user.type(screen.getByLabelText('Title'), 'Press mentions');
    await user.click(screen.getByRole('button', { name: 'Use the Named entities template' }));
    const overlap = screen.getByLabelText('Annotations per task');
    await user.clear(overlap);
    await user.type(overlap, '2');
    await user.click(screen.getByLabelText('Uniform'));
    await user.click(screen.getByLabelText('Annotators may skip tasks'));
    await user.type(screen.getByLabelText('Instructions for annotators'), '<p>Mark names.</p>');
    await user.click(screen.getByRole('button', { name: 'Create project' }));

    expect(await screen.findByRole('heading', { name: 'Project page' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/projects/41');
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({
      title: 'Press mentions',
      description: '',
      color: '#FFFFFF',
      label_config: namedEntities.config,
      expert_instruction: '<p>Mark names.</p>',
      show_instruction: false,
      maximum_annotations: 2,
      sampling: 'Uniform sampling',
      show_skip_button: false,
      lock_ttl: 3600,
      show_ground_truth_first: false,
      show_overlap_first: false,
    });
  });

  it('checks the fields with the shared rules before sending anything', async () => {
    const { requests } = stubFetch({});
    const { user } = renderSetup();
    await findConfigEditor();
    await user.type(screen.getByLabelText('Title'), 'ab');
    const overlap = screen.getByLabelText('Annotations per task');
    await user.clear(overlap);
    await user.type(overlap, '0');
    await user.click(screen.getByRole('button', { name: 'Create project' }));

    expect(screen.getByLabelText('Title')).toHaveAccessibleDescription(
      /Ensure this field has at least 3 characters\./,
    );
    expect(overlap).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Title')).toHaveFocus();
    expect(requests).toHaveLength(0);
  });

  it('updates only what changed and shows the server’s refusal at the config', async () => {
    const project = buildProject({ id: 7, title: 'News', label_config: namedEntities.config });
    const { requests } = stubFetch({
      'PATCH /api/projects/7': [
        errorResponse(400, 'Validation error', { validationErrors: { label_config: [REFUSAL] } }),
        jsonResponse({ ...project, maximum_annotations: 3 }),
      ],
    });
    const { user } = renderSetup({ project });
    await findConfigEditor();

    const withoutPlace = namedEntities.config.replace(/\s*<Label value="Place"[^>]*\/>/, '');
    await setConfigText(withoutPlace);
    const overlap = screen.getByLabelText('Annotations per task');
    await user.clear(overlap);
    await user.type(overlap, '3');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const refusal = await screen.findByText(/These labels still exist/);
    expect(refusal).toHaveTextContent('Place (3 annotations, 1 draft)');
    expect(
      within(refusal.parentElement!).getByText('The server kept the saved config'),
    ).toBeVisible();
    expect(requests.find((r) => r.method === 'PATCH')?.body).toEqual({
      label_config: withoutPlace,
      maximum_annotations: 3,
    });

    // Putting the label back and saving again goes through; only the overlap is left to send.
    await setConfigText(namedEntities.config);
    await waitFor(() => expect(screen.queryByText(/These labels still exist/)).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeVisible();
    expect(requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([
      { label_config: withoutPlace, maximum_annotations: 3 },
      { maximum_annotations: 3 },
    ]);
  });

  it('shows a server message for a field at that field', async () => {
    stubFetch({
      'POST /api/projects': errorResponse(400, 'Validation error', {
        validationErrors: { color: ['Color must be #RRGGBB.'], non_field_errors: ['Try later.'] },
      }),
    });
    const { user } = renderSetup();
    await findConfigEditor();
    await user.click(screen.getByRole('button', { name: 'Create project' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Color')).toHaveAccessibleDescription('Color must be #RRGGBB.'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Try later.');
  });

  it('asks before leaving with unsaved changes', async () => {
    stubFetch({});
    const { user, router } = renderSetup();
    await findConfigEditor();
    await user.type(screen.getByLabelText('Title'), 'Draft');
    await user.click(screen.getByRole('link', { name: 'Cancel' }));

    const dialog = screen.getByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe('/projects/new');
    expect(screen.getByLabelText('Title')).toHaveValue('Draft');

    await user.click(screen.getByRole('link', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Leave and discard' }));
    expect(await screen.findByRole('heading', { name: 'All projects' })).toBeInTheDocument();
  });
});

describe('ProjectSetupPage: deleting', () => {
  it('says what goes with the project and needs its name typed', async () => {
    const project = buildProject({
      id: 9,
      title: 'Old reviews',
      task_number: 12,
      total_annotations_number: 30,
      skipped_annotations_number: 2,
    });
    const { requests } = stubFetch({ 'DELETE /api/projects/9': noContent() });
    const { user, router } = renderSetup({ project });
    await findConfigEditor();

    await user.click(screen.getByRole('button', { name: 'Delete project…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this project?' });
    expect(dialog).toHaveTextContent('with 12 tasks, 30 annotations and 2 skipped tasks');
    const remove = within(dialog).getByRole('button', { name: 'Delete project' });
    expect(remove).toBeDisabled();

    const confirm = within(dialog).getByLabelText('Type the project’s name to confirm');
    await user.type(confirm, 'old reviews');
    expect(remove).toBeDisabled();
    await user.clear(confirm);
    await user.type(confirm, 'Old reviews');
    expect(remove).toBeEnabled();
    expect(requests).toHaveLength(0);

    await user.click(remove);
    expect(await screen.findByRole('heading', { name: 'All projects' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/projects');
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'DELETE /api/projects/9',
    ]);
  });

  it('confirms an untitled project by its id and shows a failure in the dialog', async () => {
    const project = buildProject({ id: 23, title: '', task_number: 1 });
    stubFetch({
      'DELETE /api/projects/23': errorResponse(
        403,
        'You do not have permission to perform this action.',
      ),
    });
    const { user } = renderSetup({ project });
    await findConfigEditor();

    await user.click(screen.getByRole('button', { name: 'Delete project…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this project?' });
    expect(dialog).toHaveTextContent('with 1 task and 0 annotations');
    await user.type(within(dialog).getByLabelText('Type the project’s id to confirm'), '23');
    await user.click(within(dialog).getByRole('button', { name: 'Delete project' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You do not have permission to perform this action.',
    );
  });
});
