// multi.xml: every classification control writes exactly the fixture's item.
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResultEntry } from '../../../../../shared/annotation/result-item-types';
import { editorActions, readEditor } from '../../stores/editor-store';
import {
  currentResult,
  fixtureResult,
  loadFixture,
  renderEditor,
  withoutIds,
} from './editor-harness.test-support';

afterEach(() => editorActions.taskClosed());

const { config, tasks } = loadFixture('multi');
const task = tasks[0]!;
const expected = fixtureResult(task);
const itemsOf = (result: readonly ResultEntry[], name: string) =>
  result.filter((e) => 'from_name' in e && e.from_name === name);
const expectFixtureItem = (name: string) =>
  expect(withoutIds(itemsOf(currentResult(), name))).toBe(withoutIds(itemsOf(expected, name)));

describe('classification controls on multi.xml', () => {
  it('Rating: picking 2 stars stores {"rating": 2}', async () => {
    const { user } = renderEditor(config, task.data);
    const stars = screen.getByRole('group', { name: /stars/i });
    expect(within(stars).getAllByRole('radio')).toHaveLength(5);
    await user.click(within(stars).getByRole('radio', { name: '2 stars' }));
    expectFixtureItem('stars');
    expect(within(stars).getByRole('radio', { name: '2 stars' })).toBeChecked();
  });

  it('Number: a committed entry is one step; out-of-range values are not stored', async () => {
    const { user } = renderEditor(config, task.data);
    const box = screen.getByRole('spinbutton', { name: /defects/i });
    await user.type(box, '25');
    await user.tab();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(itemsOf(currentResult(), 'defects')).toEqual([]);
    await user.clear(box);
    await user.type(box, '1{Enter}');
    expectFixtureItem('defects');
    expect(readEditor().past).toHaveLength(1);
  });

  it('DateTime only="date" stores "YYYY-MM-DD"', async () => {
    const { user } = renderEditor(config, task.data);
    const input = screen.getByLabelText(/bought/i);
    expect(input).toHaveAttribute('type', 'date');
    await user.type(input, '2024-03-14');
    await user.tab();
    expectFixtureItem('bought');
  });

  it('Taxonomy stores the full path of the checked choice, and filters', async () => {
    const { user } = renderEditor(config, task.data);
    const taxonomy = screen.getByRole('group', { name: /category/i });
    expect(within(taxonomy).queryByRole('checkbox', { name: 'Kitchen' })).not.toBeInTheDocument();
    await user.click(within(taxonomy).getByRole('button', { name: 'Expand Home' }));
    await user.click(within(taxonomy).getByRole('checkbox', { name: 'Kitchen' }));
    expectFixtureItem('category');
    expect(
      within(taxonomy).getByText('Kitchen', { selector: '.lc-chip span' }),
    ).toBeInTheDocument();

    await user.type(within(taxonomy).getByRole('searchbox', { name: /filter category/i }), 'aud');
    expect(within(taxonomy).getByRole('checkbox', { name: 'Audio' })).toBeInTheDocument();
    expect(within(taxonomy).queryByRole('checkbox', { name: 'Kitchen' })).not.toBeInTheDocument();
  });

  it('perRegion TextArea: shows only with a span selected and repeats its geometry', async () => {
    const regions = expected.filter((e) => 'from_name' in e && e.from_name === 'aspect');
    const { user } = renderEditor(config, task.data, regions);
    expect(screen.queryByRole('group', { name: /aspect note/i })).not.toBeInTheDocument();

    act(() => editorActions.regionSelected('FAqQhU42BO'));
    const note = screen.getByRole('group', { name: /aspect note/i });
    await user.type(within(note).getByRole('textbox'), 'matches the shop average{Enter}');
    // Same id as the region: compare whole items, ids included.
    expect(itemsOf(currentResult(), 'aspect_note')).toEqual(itemsOf(expected, 'aspect_note'));
    expect(JSON.stringify(itemsOf(currentResult(), 'aspect_note'))).toBe(
      JSON.stringify(itemsOf(expected, 'aspect_note')),
    );
    // maxSubmissions="1": the entry box is gone once used.
    expect(within(note).queryByPlaceholderText('Why?')).not.toBeInTheDocument();

    act(() => editorActions.regionSelected('JTEvS3QFnu'));
    const other = screen.getByRole('group', { name: /aspect note/i });
    expect(within(other).getByPlaceholderText('Why?')).toHaveValue('');
  });
});
