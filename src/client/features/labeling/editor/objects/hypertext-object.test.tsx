import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { hyperTextSpanItem } from '../../../../../shared/annotation/result-items';
import { parseLabelConfigOrThrow } from '../../../../../shared/label-config/parse';
import { editorActions, readEditor } from '../../stores/editor-store';
import { dragSelect, renderEditor } from '../spans/span-testing.test-support';

afterEach(() => editorActions.taskClosed());

const XML = `<View>
  <HyperText name="page" value="$html"/>
  <Labels name="ner" toName="page"><Label value="Person" background="#E8505B"/></Labels>
</View>`;

const HOSTILE =
  '<p>Hello <b>Ada</b> Lovelace</p><script>window.__pwned = 1</script>' +
  '<img src="x" onerror="window.__pwned = 2"><p>Second <a href="javascript:alert(1)">link</a> ' +
  'and <a href="https://example.org/">site</a></p><iframe src="https://evil.test"></iframe>' +
  '<form action="/steal"><input name="q"></form>';

const region = () => screen.getByRole('region', { name: 'HyperText: page' });

describe('HyperTextObject', () => {
  it('renders task HTML without scripts, handlers, javascript: links, forms or iframes', () => {
    renderEditor(XML, { html: HOSTILE });
    const root = region();
    expect(root).toHaveTextContent('Hello Ada Lovelace');
    expect(root.querySelector('script, iframe, form, input, [onerror]')).toBeNull();
    expect(screen.getByText('link')).not.toHaveAttribute(
      'href',
      expect.stringContaining('javascript'),
    );
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('stores a selection as Label Studio XPaths, node offsets and global offsets', () => {
    renderEditor(XML, { html: HOSTILE });
    act(() => editorActions.labelToggled('ner', 'Person', 'single'));

    act(() => dragSelect(region(), 'Ada Lovelace'));

    expect(readEditor().result[0]).toMatchObject({
      from_name: 'ner',
      to_name: 'page',
      type: 'labels',
      origin: 'manual',
      value: {
        start: '/p[1]/b[1]/text()[1]',
        end: '/p[1]/text()[2]',
        startOffset: 0,
        endOffset: 9,
        globalOffsets: { start: 6, end: 18 },
        text: 'Ada Lovelace',
        labels: ['Person'],
      },
    });
    expect(Object.keys((readEditor().result[0] as { value: object }).value)).toEqual([
      'start',
      'end',
      'startOffset',
      'endOffset',
      'globalOffsets',
      'text',
      'labels',
    ]);
  });

  it('counts code points after emoji', () => {
    renderEditor(XML, { html: '<div><p>🚀 Ada 🇵🇹 Lovelace</p></div>' });
    act(() => editorActions.labelToggled('ner', 'Person', 'single'));
    act(() => dragSelect(region(), 'Lovelace'));

    expect(readEditor().result[0]).toMatchObject({
      value: {
        start: '/div[1]/p[1]/text()[1]',
        startOffset: 9,
        endOffset: 17,
        globalOffsets: { start: 9, end: 17 },
        text: 'Lovelace',
      },
    });
  });

  it('paints stored spans by their XPaths and selects one on click', () => {
    const config = parseLabelConfigOrThrow(XML);
    const control = config.controls.get('ner');
    if (control?.tag !== 'Labels') throw new Error('no Labels');
    const item = hyperTextSpanItem(
      control,
      {
        start: '/p[1]/text()[2]',
        end: '/p[1]/text()[2]',
        startOffset: 1,
        endOffset: 9,
        text: 'Lovelace',
      },
      ['Person'],
      { id: 'htSpan0001', toName: 'page' },
    );
    renderEditor(XML, { html: HOSTILE }, { result: [item] });

    const mark = screen.getByRole('mark', { name: 'Person' });
    expect(mark).toHaveTextContent('Lovelace');
    fireEvent.click(mark);
    expect(readEditor().selectedRegionId).toBe('htSpan0001');
    expect(screen.getByRole('mark', { name: 'Person' })).toHaveClass('lc-span--selected');
  });

  it('keeps links from navigating unless clickableLinks is on', () => {
    renderEditor(XML, { html: HOSTILE });
    expect(fireEvent.click(screen.getByText('site'))).toBe(false);
  });
});
