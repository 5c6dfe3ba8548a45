import { describe, expect, it } from 'vitest';
import { diffResults, isEmptyDiff, sameResult } from './result-diff';
import type { ResultEntry, ResultItem } from './result-item-types';

const item = (id: string, from: string, value: Record<string, unknown>): ResultItem => ({
  id,
  from_name: from,
  to_name: 'text',
  type: 'labels',
  origin: 'manual',
  value,
});
const a = item('AAAAAAAAAA', 'ner', { start: 0, end: 3, text: 'Ada', labels: ['P'] });
const b = item('BBBBBBBBBB', 'ner', { start: 4, end: 7, text: 'met', labels: ['P'] });
const note = item('AAAAAAAAAA', 'note', { start: 0, end: 3, text: ['x'] });
const rel: ResultEntry = {
  from_id: 'AAAAAAAAAA',
  to_id: 'BBBBBBBBBB',
  type: 'relation',
  direction: 'right',
};

describe('diffResults', () => {
  const rows: [
    string,
    ResultEntry[],
    ResultEntry[],
    { added: number; removed: number; changed: number; unchanged: number },
  ][] = [
    ['identical', [a, b], [a, b], { added: 0, removed: 0, changed: 0, unchanged: 2 }],
    ['reordered', [a, b, rel], [rel, b, a], { added: 0, removed: 0, changed: 0, unchanged: 3 }],
    [
      'key order differs',
      [a],
      [
        {
          value: a.value,
          origin: 'manual',
          type: 'labels',
          to_name: 'text',
          from_name: 'ner',
          id: a.id,
        },
      ],
      { added: 0, removed: 0, changed: 0, unchanged: 1 },
    ],
    ['added region', [a], [a, b], { added: 1, removed: 0, changed: 0, unchanged: 1 }],
    ['removed region', [a, b], [b], { added: 0, removed: 1, changed: 0, unchanged: 1 }],
    [
      'changed label',
      [a],
      [{ ...a, value: { ...a.value, labels: ['Q'] } }],
      { added: 0, removed: 0, changed: 1, unchanged: 0 },
    ],
    [
      'perRegion item added to a region',
      [a],
      [a, note],
      { added: 1, removed: 0, changed: 0, unchanged: 1 },
    ],
    [
      'relation direction changed',
      [a, b, rel],
      [a, b, { ...rel, direction: 'bi' }],
      { added: 0, removed: 0, changed: 1, unchanged: 2 },
    ],
    ['from empty', [], [a], { added: 1, removed: 0, changed: 0, unchanged: 0 }],
  ];
  it.each(rows)('%s', (_name, before, after, counts) => {
    const diff = diffResults(before, after);
    expect({
      added: diff.added.length,
      removed: diff.removed.length,
      changed: diff.changed.length,
      unchanged: diff.unchanged,
    }).toEqual(counts);
    expect(isEmptyDiff(diff)).toBe(counts.added + counts.removed + counts.changed === 0);
  });

  it('is stable: same inputs, same output order', () => {
    const after = [b, note, a];
    expect(diffResults([], after).added).toEqual([b, note, a]);
    expect(diffResults([b, note, a], []).removed).toEqual([b, note, a]);
  });

  it('sameResult ignores order', () => {
    expect(sameResult([a, b], [b, a])).toBe(true);
    expect(sameResult([a, b], [a])).toBe(false);
  });
});
