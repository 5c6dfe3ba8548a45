import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import { parseLabelConfigOrThrow } from '../../../../shared/label-config/parse';
import { editorActions } from '../stores/editor-store';
import { fixtureResult, loadFixture, renderEditor } from './controls/editor-harness.test-support';
import { visibleControlNames } from './visibility';

afterEach(() => editorActions.taskClosed());

const { config, tasks } = loadFixture('multi');
const full = fixtureResult(tasks[0]);
const without = (name: string) => full.filter((e) => !('from_name' in e) || e.from_name !== name);

describe('visibleControlNames', () => {
  it('hides choice-selected controls until the choice is made, perRegion ones without a region', () => {
    const none = visibleControlNames(config, [], null);
    expect(none.has('return_reason')).toBe(false);
    expect(none.has('aspect_note')).toBe(false);
    expect(none.has('verdict')).toBe(true);

    const chosen = visibleControlNames(config, full, 'FAqQhU42BO');
    expect(chosen.has('return_reason')).toBe(true);
    expect(chosen.has('aspect_note')).toBe(true);
    expect(visibleControlNames(config, without('verdict'), null).has('return_reason')).toBe(false);
  });

  it('handles region-selected with whenTagName/whenLabelValue and no-region-selected', () => {
    const conditional = parseLabelConfigOrThrow(`<View>
      <Text name="text" value="$text"/>
      <Labels name="ner" toName="text"><Label value="Person"/><Label value="Place"/></Labels>
      <Choices name="kind" toName="text" perRegion="true" visibleWhen="region-selected"
               whenTagName="ner" whenLabelValue="Person"><Choice value="Real"/></Choices>
      <View visibleWhen="no-region-selected"><Header value="Pick a span"/></View>
    </View>`);
    const result: ResultEntry[] = [
      {
        id: 'aaaaaaaaaa',
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        value: { start: 0, end: 1, text: 'A', labels: ['Person'] },
      },
      {
        id: 'bbbbbbbbbb',
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        value: { start: 2, end: 3, text: 'B', labels: ['Place'] },
      },
    ];
    expect(visibleControlNames(conditional, result, 'aaaaaaaaaa').has('kind')).toBe(true);
    expect(visibleControlNames(conditional, result, 'bbbbbbbbbb').has('kind')).toBe(false);
    expect(visibleControlNames(conditional, result, null).has('kind')).toBe(false);

    renderEditor(conditional, { text: 'A B' }, result);
    expect(screen.getByRole('heading', { name: 'Pick a span' })).toBeInTheDocument();
    act(() => editorActions.regionSelected('aaaaaaaaaa'));
    expect(screen.queryByRole('heading', { name: 'Pick a span' })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: /kind/i })).toBeInTheDocument();
    act(() => editorActions.regionSelected('bbbbbbbbbb'));
    expect(screen.queryByRole('group', { name: /kind/i })).not.toBeInTheDocument();
  });
});
