import { describe, expect, it } from 'vitest';
import { fixtureConfigs } from '../label-config/fixture-files.test-support';
import { normalizeHotkey } from '../label-config/hotkey-keys';
import { parseLabelConfigOrThrow } from '../label-config/parse';
import { assignHotkeys, pressedHotkey } from './hotkeys';

const keys = (xml: string, visible?: string[]) =>
  assignHotkeys(parseLabelConfigOrThrow(xml), visible && new Set(visible)).map(
    (b) => `${b.control}:${b.value}=${b.key}${b.explicit ? '!' : ''}`,
  );

describe('assignHotkeys', () => {
  it('keeps explicit keys (sentiment.xml)', () => {
    expect(keys(fixtureConfigs.get('sentiment.xml') ?? '')).toEqual([
      'sentiment:Positive=1!',
      'sentiment:Neutral=2!',
      'sentiment:Negative=3!',
    ]);
  });

  it('assigns 1–9, 0, then letters across controls without collisions', () => {
    const labels = Array.from({ length: 8 }, (_, i) => `<Label value="L${i}"/>`).join('');
    const xml = `<View><Text name="t" value="$t"/><Labels name="l">${labels}</Labels><Choices name="c"><Choice value="a"/><Choice value="b"/><Choice value="c"/><Choice value="d"/></Choices></View>`;
    expect(keys(xml).map((k) => k.split('=')[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '0',
      'a',
      'b',
    ]);
  });

  it('skips keys taken explicitly anywhere among the visible controls', () => {
    const xml =
      '<View><Text name="t" value="$t"/><Labels name="l"><Label value="A"/><Label value="B" hotkey="2"/></Labels><Choices name="c"><Choice value="x"/><Choice value="y" hotkey="a"/></Choices></View>';
    expect(keys(xml)).toEqual(['l:A=1', 'l:B=2!', 'c:x=3', 'c:y=a!']);
  });

  it('only considers visible controls', () => {
    const xml =
      '<View><Text name="t" value="$t"/><Labels name="l"><Label value="A"/></Labels><Choices name="c"><Choice value="x"/></Choices></View>';
    expect(keys(xml, ['c'])).toEqual(['c:x=1']);
  });

  it('runs out gracefully', () => {
    const labels = Array.from({ length: 40 }, (_, i) => `<Label value="L${i}"/>`).join('');
    expect(
      keys(`<View><Text name="t" value="$t"/><Labels name="l">${labels}</Labels></View>`),
    ).toHaveLength(36);
  });
});

describe('hotkey strings', () => {
  it.each([
    ['Ctrl+Shift+Z', 'ctrl+shift+z'],
    ['shift+ctrl+z', 'ctrl+shift+z'],
    ['Cmd+Enter', 'ctrl+enter'],
    ['alt+.', 'alt+.'],
    ['Esc', 'escape'],
    ['ctrl++', 'ctrl++'],
    ['P', 'p'],
    ['ctrl+', 'ctrl++'],
  ])('normalizes %s', (raw, normalized) => {
    expect(normalizeHotkey(raw)).toBe(normalized);
  });

  it.each([
    [{ key: 'p', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false }, 'p'],
    [{ key: 'P', ctrlKey: false, metaKey: false, altKey: false, shiftKey: true }, 'p'],
    [{ key: '?', ctrlKey: false, metaKey: false, altKey: false, shiftKey: true }, '?'],
    [{ key: 'Enter', ctrlKey: false, metaKey: true, altKey: false, shiftKey: false }, 'ctrl+enter'],
    [{ key: ' ', ctrlKey: true, metaKey: false, altKey: false, shiftKey: false }, 'ctrl+space'],
    [{ key: 'z', ctrlKey: true, metaKey: false, altKey: false, shiftKey: true }, 'ctrl+shift+z'],
    [{ key: 'ф', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false }, 'ф'],
  ])('reads key presses %j', (event, expected) => {
    expect(pressedHotkey(event)).toBe(expected);
  });
});
