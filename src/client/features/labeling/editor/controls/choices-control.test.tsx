import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { editorActions, readEditor } from '../../stores/editor-store';
import {
  currentResult,
  fixtureResult,
  loadFixture,
  renderEditor,
  withoutIds,
} from './editor-harness.test-support';
import { toggleChoice } from './control-actions';

afterEach(() => editorActions.taskClosed());

describe('Choices (sentiment.xml, single-radio)', () => {
  const { config, tasks } = loadFixture('sentiment');
  const task = tasks[0]!;

  it('writes the fixture item when a choice is picked, one undo step per pick', async () => {
    const { user } = renderEditor(config, task.data);
    const group = screen.getByRole('group', { name: /sentiment/i });
    await user.click(within(group).getByRole('radio', { name: /positive/i }));
    expect(withoutIds(currentResult())).toBe(withoutIds(fixtureResult(task)));
    expect(screen.getByRole('radio', { name: /positive/i })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: /negative/i }));
    expect(currentResult()).toHaveLength(1);
    expect(currentResult()[0]).toMatchObject({ value: { choices: ['Negative'] } });
    expect(readEditor().past).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: /clear sentiment/i }));
    expect(currentResult()).toEqual([]);
  });

  it('keeps the item id when changing an existing choice', async () => {
    const { user } = renderEditor(config, task.data, fixtureResult(task));
    await user.click(screen.getByRole('radio', { name: /neutral/i }));
    expect(currentResult()[0]).toMatchObject({ id: 'ODjfcRNL2E', value: { choices: ['Neutral'] } });
  });

  it('shows each option hotkey and toggles through toggleChoice', () => {
    renderEditor(config, task.data);
    const positive = screen.getByRole('radio', { name: /positive/i });
    expect(positive).toHaveAttribute('aria-keyshortcuts', '1');
    expect(positive.closest('label')?.querySelector('kbd')).toHaveTextContent('1');
    toggleChoice(config, 'sentiment', 'Neutral');
    expect(currentResult()[0]).toMatchObject({ value: { choices: ['Neutral'] } });
    toggleChoice(config, 'sentiment', 'Neutral');
    expect(currentResult()).toEqual([]);
  });
});

describe('Choices (multi.xml, multiple) and the conditional TextArea', () => {
  const { config, tasks } = loadFixture('multi');
  const task = tasks[0]!;
  const expected = fixtureResult(task);

  it('shows return_reason only while "Return" is chosen and stores its entry', async () => {
    const { user } = renderEditor(config, task.data);
    expect(screen.queryByRole('group', { name: /return reason/i })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Return' }));
    const reason = screen.getByRole('group', { name: /return reason/i });
    expect(within(reason).getByText('(required)')).toBeInTheDocument();
    await user.type(within(reason).getByRole('textbox'), 'lid cracked{Enter}');

    const byName = (name: string) =>
      [currentResult(), expected].map((r) =>
        withoutIds(r.filter((e) => 'from_name' in e && e.from_name === name)),
      );
    for (const name of ['verdict', 'return_reason']) {
      const [actual, wanted] = byName(name);
      expect(actual).toBe(wanted);
    }

    await user.click(screen.getByRole('checkbox', { name: 'Recommend' }));
    expect(
      currentResult().find((e) => 'from_name' in e && e.from_name === 'verdict'),
    ).toMatchObject({
      value: { choices: ['Recommend', 'Return'] },
    });
    await user.click(screen.getByRole('checkbox', { name: 'Return' }));
    expect(screen.queryByRole('group', { name: /return reason/i })).not.toBeInTheDocument();
  });
});
