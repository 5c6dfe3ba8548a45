import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResultEntry } from '../../../../../shared/annotation/result-item-types';
import { editorActions, readEditor } from '../../stores/editor-store';
import {
  currentResult,
  fixtureResult,
  loadFixture,
  renderEditor,
} from '../controls/editor-harness.test-support';

afterEach(() => editorActions.taskClosed());

const { config, tasks } = loadFixture('ner');
const task = tasks[1]!;
const result = fixtureResult(task);

describe('RegionList', () => {
  it('lists every region with its labels and text; click or Enter selects', async () => {
    const { user } = renderEditor(config, task.data, result, { regionList: true });
    const list = screen.getByRole('region', { name: 'Regions (3)' });
    const ines = within(list).getByRole('button', { name: /^person\s*ines$/i });
    await user.click(ines);
    expect(readEditor().selectedRegionId).toBe('6ShRfh2zuc');
    expect(ines).toHaveAttribute('aria-current', 'true');

    within(list)
      .getByRole('button', { name: /ORG\s*Orbital Freight/ })
      .focus();
    await user.keyboard('{Enter}');
    expect(readEditor().selectedRegionId).toBe('R-LGOTU2Ix');
  });

  it('deletes a region with its relations', async () => {
    const { user } = renderEditor(config, task.data, result, { regionList: true });
    act(() => editorActions.regionSelected('6ShRfh2zuc'));
    await user.click(screen.getByRole('button', { name: 'Delete Person: Ines' }));
    expect(currentResult()).toEqual(
      result.filter((e) => ('id' in e ? e.id !== '6ShRfh2zuc' : false)),
    );
    expect(readEditor().selectedRegionId).toBeNull();
    expect(screen.getByRole('region', { name: 'Regions (2)' })).toBeInTheDocument();
  });

  it('shows validation issues on the row of their item and a prediction badge', () => {
    const predicted = result.map((e): ResultEntry =>
      'id' in e && e.id === 'w7gBOirOl3' ? { ...e, origin: 'prediction' } : e,
    );
    renderEditor(config, task.data, predicted, { regionList: true });
    act(() =>
      editorActions.validationFailed({ 'result[2].value.end': ['end 99 is past the end'] }),
    );
    const list = screen.getByRole('region', { name: /regions/i });
    const lisbon = within(list).getByRole('button', { name: /^place\s*lisbon/i });
    expect(lisbon).toHaveAccessibleDescription('value.end: end 99 is past the end');
    expect(within(lisbon).getByText('Prediction')).toBeInTheDocument();
  });

  it('virtualizes long lists: 2,000 regions mount only a window of rows', () => {
    const text = 'x'.repeat(2000);
    const many: ResultEntry[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `r${String(i).padStart(9, '0')}`,
      from_name: 'ner',
      to_name: 'text',
      type: 'labels',
      origin: 'manual',
      value: { start: i, end: i + 1, text: 'x', labels: ['Person'] },
    }));
    renderEditor(config, { text }, many, { regionList: true });
    const list = screen.getByRole('region', { name: 'Regions (2000)' });
    expect(within(list).queryAllByRole('listitem').length).toBeLessThan(100);
  });

  it('says so when there are no regions', () => {
    renderEditor(config, task.data, [], { regionList: true });
    expect(screen.getByText('No regions yet.')).toBeInTheDocument();
  });

  it('stays out of the way of a config without region controls', () => {
    const sentiment = loadFixture('sentiment');
    renderEditor(sentiment.config, sentiment.tasks[0]!.data, [], { regionList: true });
    expect(screen.queryByRole('region', { name: /regions/i })).not.toBeInTheDocument();
  });
});
