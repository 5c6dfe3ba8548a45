import { describe, expect, it } from 'vitest';
import { annotatorOf, formatLeadTime } from './review-format';
import { asEntries, regionTitle, summarizeResult } from './result-summary';

const result = asEntries([
  {
    id: 'c1',
    from_name: 'sentiment',
    to_name: 'text',
    type: 'choices',
    value: { choices: ['Positive'] },
  },
  { id: 'r1', from_name: 'rating', to_name: 'text', type: 'rating', value: { rating: 4 } },
  {
    id: 'e1',
    from_name: 'ner',
    to_name: 'text',
    type: 'labels',
    value: { start: 0, end: 11, text: 'Mara Okafor', labels: ['Person'] },
  },
  {
    id: 'e1',
    from_name: 'note',
    to_name: 'text',
    type: 'textarea',
    value: { text: ['full name'] },
  },
  {
    id: 'b1',
    from_name: 'box',
    to_name: 'image',
    type: 'rectanglelabels',
    value: { x: 1, y: 2, width: 3, height: 4, rectanglelabels: ['Cat'] },
  },
  { from_id: 'e1', to_id: 'b1', type: 'relation', direction: 'right' },
]);

describe('summarizeResult', () => {
  it('puts classifications first, then regions with their text or shape, then relations', () => {
    expect(summarizeResult(result).map((l) => l.text)).toEqual([
      'sentiment: Positive',
      'rating: 4 ★',
      'Person “Mara Okafor”; note: “full name”',
      'Cat (rectangle)',
      '1 relation',
    ]);
    expect(regionTitle(result, 'b1')).toBe('Cat (rectangle)');
    expect(regionTitle(result, 'gone')).toBeNull();
  });

  it('shortens long snippets by code points, never splitting an emoji', () => {
    const long = `${'😀'.repeat(45)}`;
    const [line] = summarizeResult(
      asEntries([
        {
          id: 't',
          from_name: 'ner',
          to_name: 'text',
          type: 'labels',
          value: { text: long, labels: ['X'] },
        },
      ]),
    );
    expect(line?.text).toBe(`X “${'😀'.repeat(39)}…”`);
  });
});

describe('review-format', () => {
  it.each([
    [null, 'not recorded'],
    [4.4, '4 s'],
    [60, '1 min'],
    [130, '2 min 10 s'],
    [3700, '1 h 1 min'],
    [7200, '2 h'],
  ])('lead time %s reads "%s"', (seconds, text) => expect(formatLeadTime(seconds)).toBe(text));

  it('reads the name (or the email) out of created_username', () => {
    expect(annotatorOf('Ann One ann1@example.org, 2')).toBe('Ann One');
    expect(annotatorOf(' ada@example.org, 7')).toBe('ada@example.org');
    expect(annotatorOf('')).toBe('Unknown annotator');
  });
});
