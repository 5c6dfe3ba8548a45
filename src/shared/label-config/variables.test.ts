import { describe, expect, it } from 'vitest';
import {
  interpolate,
  parseValueTemplate,
  resolveTemplate,
  resolveVariable,
  templateKeys,
} from './variables';

const data = {
  text: 'hello',
  title: 'Blender',
  n: 3,
  doc: { pages: [{ text: 'page one' }, { text: 'page two' }] },
  list: ['a', 'b'],
};

describe('$variables', () => {
  const rows: [string, string, unknown, string, string[]][] = [
    ['plain key', '$text', 'hello', 'hello', ['text']],
    ['path', '$doc.pages[1].text', 'page two', 'page two', ['doc']],
    ['array index', '$list[0]', 'a', 'a', ['list']],
    ['interpolation', 'Review: $title', 'Review: Blender', 'Review: Blender', ['title']],
    ['two variables', '$title ($n)', 'Blender (3)', 'Blender (3)', ['title', 'n']],
    ['missing key renders empty', 'Hi $nope!', 'Hi !', 'Hi !', ['nope']],
    ['missing key as the value', '$nope', undefined, '', ['nope']],
    ['out-of-range index', '$list[5]', undefined, '', ['list']],
    ['literal', 'static text', 'static text', 'static text', []],
    ['prices are not variables', 'costs $5', 'costs $5', 'costs $5', []],
    ['number value', '$n', 3, '3', ['n']],
  ];
  it.each(rows)('%s', (_name, raw, resolved, text, keys) => {
    const template = parseValueTemplate(raw);
    expect(resolveTemplate(template, data)).toEqual(resolved);
    expect(interpolate(template, data)).toBe(text);
    expect(templateKeys(template)).toEqual(keys);
  });

  it('does not walk prototypes', () => {
    const path = parseValueTemplate('$constructor');
    expect(path.kind).toBe('variable');
    if (path.kind === 'variable') expect(resolveVariable({}, path.path)).toBeUndefined();
  });

  it('does not index into strings or walk through non-objects', () => {
    const t = parseValueTemplate('$text.length');
    if (t.kind === 'variable') expect(resolveVariable(data, t.path)).toBeUndefined();
    expect(resolveTemplate(parseValueTemplate('$x.y'), { x: null })).toBeUndefined();
  });
});
