import { describe, expect, it } from 'vitest';
import { fixtureConfigs, fixtureTasks, type FixtureTask } from './fixture-files.test-support';
import { parseLabelConfigOrThrow } from './parse';
import { orphanedValues, removedValues, RELATIONS_USAGE, usedValues } from './usage';

const fixture = (name: string) => fixtureConfigs.get(name) ?? '';
const parse = parseLabelConfigOrThrow;

describe('usedValues', () => {
  it('lists controls, objects and values of a NER result with relations', () => {
    const tasks = JSON.parse(fixtureTasks.get('ner.json') ?? '[]') as FixtureTask[];
    expect(usedValues(tasks[0]?.annotations?.[0]?.result)).toEqual([
      { control: 'ner', value: null },
      { control: 'text', value: null },
      { control: 'ner', value: 'Person' },
      { control: 'ner', value: 'Place' },
      { control: RELATIONS_USAGE, value: 'works_for' },
    ]);
  });
  it('uses taxonomy leaves and ignores free text', () => {
    const result = [
      {
        id: 'a',
        from_name: 'category',
        to_name: 'review',
        type: 'taxonomy',
        value: { taxonomy: [['Home', 'Kitchen'], ['Electronics']] },
      },
      {
        id: 'b',
        from_name: 'note',
        to_name: 'review',
        type: 'textarea',
        value: { text: ['Kitchen'] },
      },
    ];
    expect(usedValues(result)).toEqual([
      { control: 'category', value: null },
      { control: 'review', value: null },
      { control: 'category', value: 'Kitchen' },
      { control: 'category', value: 'Electronics' },
      { control: 'note', value: null },
    ]);
  });
  it.each([null, undefined, 'x', [null, 1, { from_name: 3 }]])('tolerates %j', (bad) => {
    expect(usedValues(bad)).toEqual([]);
  });
});

describe('removedValues', () => {
  const sentiment = fixture('sentiment.xml');
  const rows: [string, string, { control: string; value: string | null }[]][] = [
    ['nothing removed', sentiment, []],
    [
      'a choice removed',
      sentiment.replace('<Choice value="Negative" hotkey="3"/>', ''),
      [{ control: 'sentiment', value: 'Negative' }],
    ],
    ['a choice added', sentiment.replace('</Choices>', '<Choice value="Mixed"/></Choices>'), []],
    [
      'the control renamed',
      sentiment.replace('name="sentiment"', 'name="mood"'),
      [
        { control: 'sentiment', value: null },
        { control: 'sentiment', value: 'Positive' },
        { control: 'sentiment', value: 'Neutral' },
        { control: 'sentiment', value: 'Negative' },
      ],
    ],
    [
      'the object renamed',
      sentiment.replace('name="text"', 'name="body"').replace('toName="text"', 'toName="body"'),
      [{ control: 'text', value: null }],
    ],
  ];
  it.each(rows)('%s', (_name, after, expected) => {
    expect(removedValues(parse(sentiment), parse(after))).toEqual(expected);
  });

  it('sees removed relation values and aliases', () => {
    const ner = fixture('ner.xml');
    const after = ner.replace(' alias="ORG"', '').replace('<Relation value="lives_in"/>', '');
    expect(removedValues(parse(ner), parse(after))).toEqual([
      { control: 'ner', value: 'ORG' },
      { control: RELATIONS_USAGE, value: 'lives_in' },
    ]);
  });

  it('finds the orphans a change would create', () => {
    const ner = fixture('ner.xml');
    const tasks = JSON.parse(fixtureTasks.get('ner.json') ?? '[]') as FixtureTask[];
    const used = tasks.flatMap((t) => (t.annotations ?? []).flatMap((a) => usedValues(a.result)));
    const after = parse(ner.replace('<Label value="Place" background="#F9D56E" hotkey="l"/>', ''));
    expect(orphanedValues(used, removedValues(parse(ner), after))).toContainEqual({
      control: 'ner',
      value: 'Place',
    });
  });
});
