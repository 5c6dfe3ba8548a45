import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editorActions, readEditor } from '../../stores/editor-store';
import {
  dragSelect,
  fixtureResult,
  fixtureTask,
  renderEditor,
  selectText,
  withoutId,
} from '../spans/span-testing.test-support';

afterEach(() => editorActions.taskClosed());

const region = () => screen.getByRole('region', { name: 'Text: text' });

describe('TextObject', () => {
  it('labels a mouse selection with the armed label, exactly as Label Studio stores it', () => {
    const task = fixtureTask('ner.json', 0);
    renderEditor('ner.xml', task.data);
    act(() => editorActions.labelToggled('ner', 'Person', 'single'));

    act(() => dragSelect(region(), 'Ada Lovelace'));

    const [item] = readEditor().result;
    expect(withoutId(item)).toEqual(withoutId(fixtureResult(task)[0]));
    expect(window.getSelection()?.isCollapsed).toBe(true);
    expect(screen.getByRole('mark', { name: 'Person' })).toHaveTextContent('Ada Lovelace');
  });

  it('stores code-point offsets on text with emoji and flags', () => {
    const task = fixtureTask('ner.json', 1);
    const expected = fixtureResult(task);
    renderEditor('ner.xml', task.data);
    act(() => editorActions.labelToggled('ner', 'ORG', 'single'));
    act(() => dragSelect(region(), 'Orbital Freight'));
    act(() => editorActions.labelToggled('ner', 'Place', 'single'));
    act(() => dragSelect(region(), 'Lisbon'));

    const result = readEditor().result;
    expect(result.map(withoutId)).toEqual([withoutId(expected[1]), withoutId(expected[2])]);
  });

  it('labels a standing selection when a label is armed afterwards, then disarms it', () => {
    const task = fixtureTask('ner.json', 0);
    renderEditor('ner.xml', task.data);
    const text = region().textContent ?? '';
    act(() => void selectText(region(), text.indexOf('London'), text.indexOf('London') + 6));
    fireEvent.mouseUp(region());
    expect(readEditor().result).toEqual([]);

    act(() => editorActions.labelToggled('ner', 'Place', 'single'));

    expect(readEditor().result.map(withoutId)).toEqual([withoutId(fixtureResult(task)[2])]);
    expect(readEditor().armed['ner']).toBeUndefined();
  });

  it('paints existing spans and selects the region clicked', async () => {
    const task = fixtureTask('ner.json', 0);
    const { user } = renderEditor('ner.xml', task.data, { result: fixtureResult(task) });
    const marks = screen.getAllByRole('mark');
    expect(marks.map((m) => m.textContent)).toEqual(['Ada Lovelace', 'Charles Babbage', 'London']);
    expect(marks[2]).toHaveAttribute('data-label', 'Place');

    await user.click(screen.getByText('Charles Babbage'));

    expect(readEditor().selectedRegionId).toBe('VfU7wicpHd');
    expect(screen.getByText('Charles Babbage')).toHaveClass('lc-span--selected');
  });

  it('keeps overlapping spans both visible and outlines regions with issues', () => {
    const task = fixtureTask('ner.json', 0);
    const result = fixtureResult(task);
    renderEditor('ner.xml', task.data, { result });
    act(() => editorActions.labelToggled('ner', 'Organization', 'single'));
    act(() => dragSelect(region(), 'Lovelace worked'));

    const overlap = screen.getByText('Lovelace');
    expect(overlap.dataset['regions']?.split(' ')).toHaveLength(2);
    expect(overlap.style.background).toContain('linear-gradient');

    act(() => editorActions.validationFailed({ 'result[2].value.end': ['past the end'] }));
    expect(screen.getByText('London')).toHaveClass('lc-span--issue');
  });

  it('snaps to whole words with granularity="word" and ignores blank selections', () => {
    const xml = `<View><Labels name="ner" toName="text"><Label value="Person"/></Labels>
      <Text name="text" value="$text" granularity="word" saveTextResult="false"/></View>`;
    renderEditor(xml, { text: 'Ada Lovelace   worked' });
    act(() => editorActions.labelToggled('ner', 'Person', 'single'));
    act(() => dragSelect(region(), '   '));
    expect(readEditor().result).toEqual([]);

    act(() => dragSelect(region(), 'a Love'));

    expect(readEditor().result[0]).toMatchObject({
      value: { start: 0, end: 12, labels: ['Person'] },
    });
    expect(readEditor().result[0]).not.toHaveProperty('value.text');
  });

  it('creates nothing when read-only or when selection is disabled', () => {
    const task = fixtureTask('ner.json', 0);
    renderEditor('ner.xml', task.data, { readOnly: true });
    act(() => editorActions.labelToggled('ner', 'Person', 'single'));
    act(() => dragSelect(region(), 'Ada'));
    expect(readEditor().result).toEqual([]);
  });

  it('labels a keyboard selection once Shift is released', () => {
    const task = fixtureTask('ner.json', 0);
    renderEditor('ner.xml', task.data);
    act(() => editorActions.labelToggled('ner', 'Person', 'single'));
    act(() => void selectText(region(), 0, 3));
    fireEvent.keyUp(region(), { key: 'ArrowRight', shiftKey: true });
    expect(readEditor().result).toEqual([]);

    fireEvent.keyUp(region(), { key: 'Shift' });

    expect(readEditor().result[0]).toMatchObject({ value: { start: 0, end: 3, text: 'Ada' } });
  });

  it('creates nothing when selectionEnabled is false', () => {
    const xml = `<View><Labels name="ner" toName="text"><Label value="Person"/></Labels>
      <Text name="text" value="$text" selectionEnabled="false"/></View>`;
    renderEditor(xml, { text: 'Ada Lovelace' });
    act(() => editorActions.labelToggled('ner', 'Person', 'single'));
    act(() => dragSelect(region(), 'Ada'));
    expect(readEditor().result).toEqual([]);
  });

  it('scrolls a region selected elsewhere into view', async () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    const task = fixtureTask('ner.json', 0);
    renderEditor('ner.xml', task.data, { result: fixtureResult(task) });

    act(() => editorActions.regionSelected('EoziIbob-y'));

    await waitFor(() => expect(scrolled.map((e) => e.textContent)).toEqual(['London']));
    // @ts-expect-error jsdom has no scrollIntoView; remove the test's stand-in.
    delete Element.prototype.scrollIntoView;
  });

  it('says which field is missing instead of crashing', () => {
    renderEditor('ner.xml', { body: 'no text here' });
    expect(screen.getByRole('note')).toHaveTextContent('This task has no text field.');
  });

  it('fetches the text for valueType="url" and reports a failed fetch', async () => {
    const xml = `<View><Labels name="ner" toName="text"><Label value="Person"/></Labels>
      <Text name="text" value="$url" valueType="url"/></View>`;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Remote words', { status: 200 })),
    );
    renderEditor(xml, { url: '/texts/1.txt' });
    expect(await screen.findByText('Remote words')).toBeInTheDocument();
    editorActions.taskClosed();
  });

  it('shows an error when the url text cannot be loaded', async () => {
    const xml = `<View><Text name="text" value="$url" valueType="url"/>
      <Labels name="ner" toName="text"><Label value="Person"/></Labels></View>`;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('nope', { status: 404 })),
    );
    renderEditor(xml, { url: '/texts/404.txt' });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('HTTP 404'));
  });
});
