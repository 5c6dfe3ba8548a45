import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseLabelConfigOrThrow } from '../../../../../shared/label-config/parse';
import { editorActions, readEditor } from '../../stores/editor-store';
import {
  currentResult,
  fixtureResult,
  loadFixture,
  renderEditor,
} from './editor-harness.test-support';
import { toggleRegionLabel } from './control-actions';

afterEach(() => editorActions.taskClosed());

const bar = () => within(screen.getByRole('group', { name: /^ner/i }));

const { config, tasks } = loadFixture('ner');
const task = tasks[1]!;

describe('region label bar (ner.xml)', () => {
  it('arms a label when no region of the control is selected', async () => {
    const { user } = renderEditor(config, task.data);
    const person = bar().getByRole('button', { name: /person/i });
    expect(person).toHaveAttribute('aria-pressed', 'false');
    expect(person).toHaveAttribute('aria-keyshortcuts', 'P');
    await user.click(person);
    expect(readEditor().armed['ner']).toEqual(['Person']);
    expect(person).toHaveAttribute('aria-pressed', 'true');
    // choice="single": another label replaces the armed one; the alias is what gets armed.
    act(() => toggleRegionLabel(config, 'ner', 'Organization'));
    expect(readEditor().armed['ner']).toEqual(['ORG']);
    expect(currentResult()).toEqual([]);
  });

  it('relabels the selected region (storing the alias), one undo step', async () => {
    const { user } = renderEditor(config, task.data, fixtureResult(task));
    act(() => editorActions.regionSelected('6ShRfh2zuc'));
    expect(bar().getByRole('button', { name: /person/i })).toHaveAttribute('aria-pressed', 'true');
    await user.click(bar().getByRole('button', { name: /organization/i }));
    const region = currentResult().find((e) => 'id' in e && e.id === '6ShRfh2zuc');
    expect(region).toMatchObject({ value: { start: 2, end: 6, text: 'Ines', labels: ['ORG'] } });
    expect(readEditor().armed).toEqual({});
    expect(readEditor().past).toHaveLength(1);
    expect(bar().getByRole('button', { name: /organization/i })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('disables a label at its maxUsages', () => {
    const limited = parseLabelConfigOrThrow(`<View>
      <Text name="text" value="$text"/>
      <Labels name="ner" toName="text"><Label value="Person" maxUsages="1"/><Label value="Place"/></Labels>
    </View>`);
    const result = fixtureResult(tasks[0])
      .filter((e) => e.type === 'labels')
      .slice(0, 1);
    renderEditor(limited, tasks[0]!.data, result);
    expect(bar().getByRole('button', { name: /person/i })).toBeDisabled();
    expect(bar().getByRole('button', { name: /place/i })).toBeEnabled();
  });
});
