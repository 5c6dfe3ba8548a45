import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { editorActions, readEditor } from '../../stores/editor-store';
import {
  currentResult,
  fixtureResult,
  loadFixture,
  renderEditor,
} from './editor-harness.test-support';
import { cancelLinking, startLinking } from './relation-link-store';

afterEach(() => {
  cancelLinking();
  editorActions.taskClosed();
});

const { config, tasks } = loadFixture('ner');
const task = tasks[0]!;
const expected = fixtureResult(task);
const withoutRelations = expected.filter((e) => e.type !== 'relation');

describe('relations (ner.xml)', () => {
  it('links two regions from the region list, then labels the relation as in the fixture', async () => {
    const { user } = renderEditor(config, task.data, withoutRelations, { regionList: true });
    const list = screen.getByRole('region', { name: /regions/i });
    await user.click(within(list).getByRole('button', { name: /link person: ada lovelace to/i }));
    expect(screen.getByRole('status')).toHaveTextContent(/select the region to link/i);

    await user.click(within(list).getByRole('button', { name: /^person\s*charles babbage$/i }));
    expect(currentResult().at(-1)).toEqual({
      from_id: 'wj6uUvtaiJ',
      to_id: 'VfU7wicpHd',
      type: 'relation',
      direction: 'right',
    });
    expect(readEditor().selectedRegionId).toBe('wj6uUvtaiJ');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    const relations = screen.getByRole('region', { name: 'Relations' });
    const row = within(relations).getByRole('listitem', {
      name: /ada lovelace → .*charles babbage/i,
    });
    await user.click(within(row).getByRole('button', { name: 'works_for' }));
    expect(JSON.stringify(currentResult())).toBe(JSON.stringify(expected));
  });

  it('cycles the direction right → left → bi → right and deletes', async () => {
    const { user } = renderEditor(config, task.data, expected);
    const relations = screen.getByRole('region', { name: 'Relations' });
    const direction = () => within(relations).getByRole('button', { name: /change direction/i });
    const last = () => currentResult().at(-1);
    await user.click(direction());
    expect(last()).toMatchObject({ direction: 'left', labels: ['works_for'] });
    await user.click(direction());
    expect(last()).toMatchObject({ direction: 'bi' });
    await user.click(direction());
    expect(last()).toMatchObject({ direction: 'right' });
    await user.click(within(relations).getByRole('button', { name: /delete relation/i }));
    expect(currentResult()).toEqual(withoutRelations);
  });

  it('startLinking needs a selected region; cancelLinking leaves without a relation', () => {
    renderEditor(config, task.data, withoutRelations);
    expect(startLinking()).toBe(false);
    act(() => editorActions.regionSelected('wj6uUvtaiJ'));
    act(() => void startLinking());
    expect(screen.getByRole('status')).toBeInTheDocument();
    act(() => void cancelLinking());
    act(() => editorActions.regionSelected('VfU7wicpHd'));
    expect(currentResult()).toEqual(withoutRelations);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
