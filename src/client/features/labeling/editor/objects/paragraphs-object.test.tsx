import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { editorActions, readEditor } from '../../stores/editor-store';
import {
  dragSelect,
  fixtureResult,
  fixtureTask,
  renderEditor,
  withoutId,
} from '../spans/span-testing.test-support';

afterEach(() => editorActions.taskClosed());

const region = () => screen.getByRole('region', { name: 'Paragraphs: dialogue' });

describe('ParagraphsObject', () => {
  it('shows each line with its speaker and paints stored spans', () => {
    const task = fixtureTask('paragraphs.json', 0);
    renderEditor('paragraphs.xml', task.data, { result: fixtureResult(task) });
    expect(screen.getAllByText('Customer')).toHaveLength(2);
    expect(screen.getByRole('mark', { name: 'Complaint' })).toHaveTextContent('never arrived');
  });

  it('labels a selection inside one paragraph exactly as the fixture stores it', () => {
    const task = fixtureTask('paragraphs.json', 0);
    renderEditor('paragraphs.xml', task.data);
    act(() => editorActions.labelToggled('intent', 'Complaint', 'single'));

    act(() => dragSelect(region(), 'never arrived'));

    expect(readEditor().result.map(withoutId)).toEqual([withoutId(fixtureResult(task)[0])]);
  });

  it('counts code points after an emoji and spans several paragraphs', () => {
    const task = fixtureTask('paragraphs.json', 0);
    renderEditor('paragraphs.xml', task.data);
    act(() => editorActions.labelToggled('intent', 'Question', 'single'));
    // The speaker labels are not selectable text, so the drag crosses only the lines.
    act(() => dragSelect(region(), 'Monday 😕AgentIt is'));

    expect(readEditor().result[0]).toMatchObject({
      from_name: 'intent',
      to_name: 'dialogue',
      type: 'labels',
      value: {
        start: '2',
        end: '3',
        startOffset: 14,
        endOffset: 5,
        text: 'Monday 😕\nIt is',
        labels: ['Question'],
      },
    });
  });

  it('says so when the task has no such list', () => {
    renderEditor('paragraphs.xml', { text: 'plain' });
    expect(screen.getByRole('note')).toHaveTextContent('This task has no dialogue field.');
  });
});
