import { describe, expect, it } from 'vitest';
import { fixtureTasks, type FixtureTask } from '../label-config/fixture-files.test-support';
import {
  CodePointIndex,
  codePointLength,
  codePointToUtf16,
  sliceCodePoints,
  utf16ToCodePoint,
} from './code-points';

const tricky: [string, string][] = [
  ['ascii', 'Ada Lovelace'],
  ['empty', ''],
  ['emoji', '🚀 Ines'],
  ['emoji with skin tone', 'Great 👍🏽 value'],
  ['ZWJ family', 'family 👨‍👩‍👧 here'],
  ['ZWJ profession', 'The 👩‍💻 engineer'],
  ['flag', 'Lisbon 🇵🇹 spring'],
  ['combining accents', 'Cafe\u0301 vs Café'],
  ['CRLF', 'Line one\r\nLine two\r\n'],
  ['right-to-left', 'يعمل سامي في شركة النور في عمّان'],
  ['mathematical letters', '𝔐𝔞𝔯𝔤𝔦𝔫 Inc.'],
  ['lone high surrogate', 'a\ud83dz'],
  ['lone low surrogate', 'a\ude80z'],
  ['surrogate at the end', 'end\ud83d'],
];

// Every text in the shared fixtures, too.
const fixtureTexts = [...fixtureTasks].flatMap(([file, json]) =>
  (JSON.parse(json) as FixtureTask[]).flatMap((task, i) =>
    Object.values(task.data)
      .filter((v): v is string => typeof v === 'string')
      .map((v) => [`${file} #${i}`, v] as [string, string]),
  ),
);

describe('code point offsets', () => {
  it.each([...tricky, ...fixtureTexts])('%s agrees with Array.from', (_name, text) => {
    const chars = Array.from(text);
    const index = new CodePointIndex(text);
    expect(index.length).toBe(chars.length);
    expect(codePointLength(text)).toBe(chars.length);
    let unit = 0;
    for (let cp = 0; cp <= chars.length; cp++) {
      expect(index.toUtf16(cp)).toBe(unit);
      expect(index.toCodePoint(unit)).toBe(cp);
      unit += chars[cp]?.length ?? 0;
    }
    for (let cp = 0; cp < chars.length; cp += 3) {
      expect(index.slice(cp, cp + 4)).toBe(chars.slice(cp, cp + 4).join(''));
    }
  });

  it('counts a ZWJ sequence as its code points and a flag as two', () => {
    expect(codePointLength('👨‍👩‍👧')).toBe(5);
    expect(codePointLength('🇵🇹')).toBe(2);
    expect(codePointLength('e\u0301')).toBe(2);
    expect(codePointLength('\r\n')).toBe(2);
  });

  it('rounds a UTF-16 offset inside a surrogate pair down to its code point', () => {
    expect(utf16ToCodePoint('a🚀b', 2)).toBe(1);
    expect(utf16ToCodePoint('a🚀b', 3)).toBe(2);
  });

  it('clamps out-of-range and non-integer offsets', () => {
    const index = new CodePointIndex('🚀ab');
    expect(index.toUtf16(-5)).toBe(0);
    expect(index.toUtf16(99)).toBe(4);
    expect(index.toUtf16(1.7)).toBe(2);
    expect(index.toUtf16(NaN)).toBe(0);
    expect(index.toCodePoint(99)).toBe(3);
    expect(index.toCodePoint(-1)).toBe(0);
  });

  it('has one-off helpers', () => {
    expect(codePointToUtf16('🚀 Ines', 2)).toBe(3);
    expect(sliceCodePoints('🚀 Ines joined', 2, 6)).toBe('Ines');
  });

  it('indexes a 200,000-character text fast', () => {
    const text = 'Zoë 👩‍💻 Ada\r\n'.repeat(15_000);
    const started = performance.now();
    const index = new CodePointIndex(text);
    for (let i = 0; i < 2000; i++) index.slice(i * 50, i * 50 + 10);
    expect(performance.now() - started).toBeLessThan(500);
    expect(index.length).toBe(Array.from(text).length);
  });
});
