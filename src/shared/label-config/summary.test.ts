import { describe, expect, it } from 'vitest';
import { fixtureConfigs } from './fixture-files.test-support';
import { parseLabelConfigOrThrow } from './parse';
import { parsedLabelConfig, referencedDataKeys, requiredDataKeys } from './summary';

const fixture = (name: string) => parseLabelConfigOrThrow(fixtureConfigs.get(name) ?? '');

describe('parsedLabelConfig', () => {
  it('matches Label Studio for sentiment.xml', () => {
    expect(parsedLabelConfig(fixture('sentiment.xml'))).toEqual({
      sentiment: {
        type: 'Choices',
        to_name: ['text'],
        inputs: [{ type: 'Text', value: 'text' }],
        labels: ['Positive', 'Neutral', 'Negative'],
        labels_attrs: {
          Positive: { value: 'Positive', hotkey: '1' },
          Neutral: { value: 'Neutral', hotkey: '2' },
          Negative: { value: 'Negative', hotkey: '3' },
        },
      },
    });
  });

  const rows: [
    string,
    string,
    {
      type: string;
      to_name: string[];
      inputs: { type: string; value: string }[];
      labels: string[];
    },
  ][] = [
    [
      'ner.xml',
      'ner',
      {
        type: 'Labels',
        to_name: ['text'],
        inputs: [{ type: 'Text', value: 'text' }],
        labels: ['Person', 'Organization', 'Place'],
      },
    ],
    [
      'image-bbox.xml',
      'box',
      {
        type: 'RectangleLabels',
        to_name: ['image'],
        inputs: [{ type: 'Image', value: 'image' }],
        labels: ['Cat', 'Dog'],
      },
    ],
    [
      'image-bbox.xml',
      'outline',
      {
        type: 'PolygonLabels',
        to_name: ['image'],
        inputs: [{ type: 'Image', value: 'image' }],
        labels: ['Tree'],
      },
    ],
    [
      'paragraphs.xml',
      'intent',
      {
        type: 'Labels',
        to_name: ['dialogue'],
        inputs: [{ type: 'Paragraphs', value: 'dialogue' }],
        labels: ['Question', 'Complaint'],
      },
    ],
    [
      'multi.xml',
      'stars',
      {
        type: 'Rating',
        to_name: ['review'],
        inputs: [{ type: 'Text', value: 'body' }],
        labels: [],
      },
    ],
    [
      'multi.xml',
      'category',
      {
        type: 'Taxonomy',
        to_name: ['review'],
        inputs: [{ type: 'Text', value: 'body' }],
        labels: ['Home', 'Kitchen', 'Garden', 'Electronics', 'Audio'],
      },
    ],
  ];
  it.each(rows)('%s %s', (file, control, expected) => {
    expect(parsedLabelConfig(fixture(file))[control]).toMatchObject(expected);
  });

  it('has no entry for Relations and one per control', () => {
    expect(Object.keys(parsedLabelConfig(fixture('multi.xml')))).toEqual([
      'aspect',
      'aspect_note',
      'verdict',
      'return_reason',
      'stars',
      'defects',
      'bought',
      'category',
    ]);
    expect(Object.keys(parsedLabelConfig(fixture('ner.xml')))).toEqual(['ner']);
  });

  it('lists every object of a multi-object control', () => {
    const config = parseLabelConfigOrThrow(
      '<View><Text name="a" value="$a"/><Image name="b" value="$img.url"/><Choices name="c" toName="a,b"><Choice value="x"/></Choices></View>',
    );
    expect(parsedLabelConfig(config)['c']?.inputs).toEqual([
      { type: 'Text', value: 'a' },
      { type: 'Image', value: 'img.url' },
    ]);
  });
});

describe('data keys', () => {
  const rows: [string, string[], string[]][] = [
    ['sentiment.xml', ['text'], ['text']],
    ['multi.xml', ['body'], ['body', 'title']],
    ['paragraphs.xml', ['dialogue'], ['dialogue']],
    ['image-bbox.xml', ['image'], ['image']],
  ];
  it.each(rows)('%s', (file, required, referenced) => {
    expect(requiredDataKeys(fixture(file))).toEqual(required);
    expect(referencedDataKeys(fixture(file))).toEqual(referenced);
  });
  it('takes the top-level key of a path and ignores literal values', () => {
    const config = parseLabelConfigOrThrow(
      '<View><Text name="a" value="$doc.pages[0].text"/><Text name="b" value="static text"/></View>',
    );
    expect(requiredDataKeys(config)).toEqual(['doc']);
  });
});
