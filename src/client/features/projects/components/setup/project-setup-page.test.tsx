import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { namedEntities, textClassification } from '../../templates/text-templates';
import {
  configText,
  findConfigEditor,
  renderSetup,
  setConfigText,
} from './setup-testing.test-support';
import { stubFetch } from '../../../../../../test/setup/fetch';

const PREVIEW = { name: 'Preview of the labeling editor' };
const previewRegion = () => screen.findByRole('region', PREVIEW);

/** The preview remounts on each new config, so it is looked up afresh on every try. */
const findInPreview = (text: string | RegExp) =>
  waitFor(() => within(screen.getByRole('region', PREVIEW)).getByText(text));

describe('ProjectSetupPage: label config', () => {
  it('fills the editor from a template and previews it on the template’s sample', async () => {
    stubFetch({});
    const { user } = renderSetup();
    await findConfigEditor();

    await user.click(screen.getByRole('button', { name: 'Use the Named entities template' }));
    await waitFor(async () => expect(await configText()).toBe(namedEntities.config));
    const preview = await previewRegion();
    expect(within(preview).getByText(/Ines Duarte joined Harbor Robotics/)).toBeInTheDocument();
    expect(within(preview).getByRole('button', { name: /Organization/ })).toBeInTheDocument();
    expect(screen.getByText('Sample data from the template.', { exact: false })).toBeVisible();
  });

  it('asks before a template replaces the admin’s own edits', async () => {
    stubFetch({});
    const { user } = renderSetup();
    await findConfigEditor();
    await setConfigText('<View><Header value="Mine"/></View>');

    await user.click(screen.getByRole('button', { name: 'Use the Text classification template' }));
    const dialog = screen.getByRole('dialog', { name: 'Replace your config?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep my config' }));
    expect(await configText()).toBe('<View><Header value="Mine"/></View>');

    await user.click(screen.getByRole('button', { name: 'Use the Text classification template' }));
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    await waitFor(async () => expect(await configText()).toBe(textClassification.config));
  });

  it('marks an error at its line as you type and keeps Save off until it is fixed', async () => {
    stubFetch({});
    const { user } = renderSetup();
    await findConfigEditor();
    await user.click(screen.getByRole('button', { name: 'Use the Text classification template' }));
    await previewRegion();

    // Line 3 names an object that does not exist.
    await setConfigText(textClassification.config.replace('toName="text"', 'toName="txt"'));
    const list = await screen.findByText(/1 problem in the config\. It can’t be saved/);
    const item = list.parentElement!.querySelector('li')!;
    expect(item).toHaveTextContent(/^Line 3, column 3/);
    expect(item).toHaveTextContent('toName="txt"');
    // The underline sits on the attribute the message is about (CodeMirror draws it in its
    // own update, after the list has rendered).
    await waitFor(() =>
      expect(document.querySelector('.cm-lintRange-error')).toHaveTextContent('toName'),
    );
    expect(await findConfigEditor()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Create project' })).toBeDisabled();
    // The preview stays on the last config that parsed, and says so.
    expect(screen.getByText(/the preview shows the last version without errors/)).toBeVisible();
    expect(within(await previewRegion()).getByText('Billing')).toBeInTheDocument();

    await setConfigText(textClassification.config);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Create project' })).toBeEnabled(),
    );
    expect(screen.queryByText(/problem in the config/)).not.toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('.cm-lintRange-error')).toBeNull());
  });

  it('re-renders the preview when a change parses', async () => {
    stubFetch({});
    const { user } = renderSetup();
    await findConfigEditor();
    await user.click(screen.getByRole('button', { name: 'Use the Text classification template' }));
    expect(within(await previewRegion()).queryByText('Refund')).not.toBeInTheDocument();

    await setConfigText(
      textClassification.config.replace(
        '<Choice value="Other"',
        '<Choice value="Refund"/>\n<Choice value="Other"',
      ),
    );
    expect(await findInPreview('Refund')).toBeVisible();

    // A config with a new variable gets made-up data for it rather than a gap.
    await setConfigText(
      '<View><Text name="t" value="$body"/><Choices name="c" toName="t"><Choice value="Yes"/></Choices></View>',
    );
    expect(await findInPreview(/A sample sentence for the preview/)).toBeVisible();
    expect(screen.getByText(/Made up: \$body\./)).toBeInTheDocument();
  });
});
