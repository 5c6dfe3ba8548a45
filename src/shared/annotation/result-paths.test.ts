import { describe, expect, it } from 'vitest';
import { idsWithIssues, regionIdOf, reindexPath, targetOfPath } from './result-paths';
import type { ResultEntry } from './result-item-types';

const span = (id: string): ResultEntry => ({
  id,
  from_name: 'ner',
  to_name: 'text',
  type: 'labels',
  value: { start: 0, end: 1, labels: ['Person'] },
});
const a = span('aaaaaaaaaa');
const b = span('bbbbbbbbbb');
const link: ResultEntry = {
  from_id: 'aaaaaaaaaa',
  to_id: 'bbbbbbbbbb',
  type: 'relation',
  direction: 'right',
};

describe('result paths', () => {
  it('finds the entry and the field a path names', () => {
    expect(targetOfPath([a, b], 'result[1].value.end')).toEqual({
      index: 1,
      entry: b,
      field: 'value.end',
    });
    expect(targetOfPath([a], 'result[0]')).toEqual({ index: 0, entry: a, field: '' });
    expect(targetOfPath([a], 'result[4].id')).toBeUndefined();
    expect(targetOfPath([a], 'result')).toBeUndefined();
  });

  it('gives a relation’s issues to its source region, and marks only items', () => {
    expect(regionIdOf(link)).toBe('aaaaaaaaaa');
    expect([
      ...idsWithIssues([a, b, link], { 'result[1].value': ['x'], 'result[2].to_id': ['y'] }),
    ]).toEqual(['bbbbbbbbbb']);
  });

  it('renumbers a path from a filtered result to the full one', () => {
    expect(reindexPath('result[0].value.end', [b], [a, b])).toBe('result[1].value.end');
    expect(reindexPath('result', [b], [a, b])).toBe('result');
  });
});
