import { describe, expect, it } from 'vitest';
import { parseLabelConfigOrThrow } from '../label-config/parse';
import type { ControlNode } from '../label-config/tag-tree';
import { validateResult } from '../label-config/validate-result';
import { CodePointIndex } from './code-points';
import { isRegionId } from './region-id';
import {
  classificationItem,
  hyperTextSpanItem,
  keyPointItem,
  paragraphSpanItem,
  polygonItem,
  rectangleItem,
  regionGeometry,
  relationItem,
  textSpanItem,
} from './result-items';

const config = parseLabelConfigOrThrow(`<View>
  <Text name="text" value="$text"/>
  <Labels name="ner" toName="text"><Label value="Person"/></Labels>
  <Choices name="c" toName="text"><Choice value="Yes"/></Choices>
  <TextArea name="t" toName="text"/>
  <TextArea name="note" toName="text" perRegion="true"/>
  <Rating name="r" toName="text"/>
  <Number name="n" toName="text"/>
  <DateTime name="d" toName="text" only="date"/>
  <Taxonomy name="x" toName="text"><Choice value="A"><Choice value="B"/></Choice></Taxonomy>
  <Relations><Relation value="knows"/></Relations>
  <Image name="img" value="$image"/>
  <RectangleLabels name="box" toName="img"><Label value="Cat"/></RectangleLabels>
  <Rectangle name="rect" toName="img"/>
  <PolygonLabels name="poly" toName="img"><Label value="Tree"/></PolygonLabels>
  <KeyPointLabels name="kp" toName="img"><Label value="Eye"/></KeyPointLabels>
  <Choices name="imgnote" toName="img" perRegion="true"><Choice value="blurry"/></Choices>
  <Paragraphs name="dlg" value="$dialogue"/>
  <Labels name="intent" toName="dlg"><Label value="Q"/></Labels>
  <HyperText name="html" value="$html"/>
  <Labels name="hl" toName="html"><Label value="H"/></Labels>
</View>`);

function control<T extends ControlNode['tag']>(
  name: string,
  tag: T,
): Extract<ControlNode, { tag: T }> {
  const found = config.controls.get(name);
  if (found?.tag !== tag) throw new Error(name);
  return found as Extract<ControlNode, { tag: T }>;
}

const text = 'The 👩‍💻 engineer Mei Chen\r\nat 𝔐𝔞𝔯𝔤𝔦𝔫.';
const data = {
  text,
  image: 'cat.png',
  dialogue: [{ author: 'A', text: 'Hi 😀 there' }],
  html: '<p>Hello <b>big</b> world</p>',
};
const frame = { original_width: 800, original_height: 600, image_rotation: 0 };

describe('result item builders', () => {
  const span = textSpanItem(control('ner', 'Labels'), text, { start: 17, end: 25 }, ['Person']);
  const box = rectangleItem(
    control('box', 'RectangleLabels'),
    { x: 10, y: 20, width: 30, height: 5, rotation: 0 },
    ['Cat'],
    { frame },
  );
  const built = [
    span,
    classificationItem(control('note', 'TextArea'), ['about Mei'], { region: span }),
    classificationItem(control('c', 'Choices'), ['Yes']),
    classificationItem(control('t', 'TextArea'), ['line one', 'line two']),
    classificationItem(control('r', 'Rating'), 4),
    classificationItem(control('n', 'Number'), 7),
    classificationItem(control('d', 'DateTime'), '2024-05-01'),
    classificationItem(control('x', 'Taxonomy'), [['A', 'B']]),
    box,
    classificationItem(control('imgnote', 'Choices'), ['blurry'], { region: box }),
    rectangleItem(
      control('rect', 'Rectangle'),
      { x: 1, y: 2, width: 3, height: 4, rotation: 0 },
      [],
      { frame },
    ),
    polygonItem(
      control('poly', 'PolygonLabels'),
      [
        [1, 1],
        [50, 5],
        [20, 40],
      ],
      ['Tree'],
      { frame },
    ),
    keyPointItem(control('kp', 'KeyPointLabels'), { x: 20, y: 35, width: 1.5 }, ['Eye'], { frame }),
    paragraphSpanItem(
      control('intent', 'Labels'),
      { start: 0, end: 0, startOffset: 5, endOffset: 10, text: 'there' },
      ['Q'],
      { toName: 'dlg' },
    ),
    hyperTextSpanItem(
      control('hl', 'Labels'),
      {
        start: '/p[1]/b[1]/text()[1]',
        end: '/p[1]/b[1]/text()[1]',
        startOffset: 0,
        endOffset: 3,
        globalOffsets: { start: 6, end: 9 },
        text: 'big',
      },
      ['H'],
      { toName: 'html' },
    ),
  ];
  const withRelation = [...built, relationItem(span.id, box.id, 'right', ['knows'])];

  it('builds items the validator accepts (all tier-1 controls)', () => {
    const result = [...withRelation.slice(0, -1), relationItem(span.id, built[3]?.id ?? '', 'bi')];
    // Relations point at regions only; the classification above is not one, so use two spans.
    const second = textSpanItem(control('ner', 'Labels'), text, { start: 0, end: 3 }, ['Person']);
    const valid = [...built, second, relationItem(span.id, second.id, 'right', ['knows'])];
    expect(validateResult(config, valid, data, 'submit')).toEqual({});
    expect(Object.keys(validateResult(config, result, data, 'submit'))).toEqual([
      `result[${built.length}].to_id`,
    ]);
  });

  it('computes span text from code points and writes LS key order', () => {
    expect(span.value).toEqual({ start: 17, end: 25, text: 'Mei Chen', labels: ['Person'] });
    expect(Object.keys(span)).toEqual(['id', 'from_name', 'to_name', 'type', 'origin', 'value']);
    expect(Object.keys(box)).toEqual([
      'id',
      'from_name',
      'to_name',
      'type',
      'origin',
      'original_width',
      'original_height',
      'image_rotation',
      'value',
    ]);
    expect(isRegionId(span.id)).toBe(true);
  });

  it('reuses a CodePointIndex and can omit text', () => {
    const index = new CodePointIndex(text);
    const item = textSpanItem(control('ner', 'Labels'), index, { start: 30, end: 36 }, ['Person'], {
      saveText: false,
      id: 'AAAAAAAAAA',
    });
    expect(item.value).toEqual({ start: 30, end: 36, labels: ['Person'] });
    expect(item.id).toBe('AAAAAAAAAA');
    expect(
      textSpanItem(control('ner', 'Labels'), index, { start: 30, end: 36 }, ['Person']).value[
        'text'
      ],
    ).toBe('𝔐𝔞𝔯𝔤𝔦𝔫');
  });

  it('perRegion items share the region id and repeat its geometry', () => {
    const note = built[1];
    expect(note).toMatchObject({
      id: span.id,
      to_name: 'text',
      type: 'textarea',
      value: { start: 17, end: 25, text: ['about Mei'] },
    });
    const imgNote = built[9];
    expect(imgNote).toMatchObject({
      id: box.id,
      ...frame,
      value: { x: 10, y: 20, width: 30, height: 5, rotation: 0, choices: ['blurry'] },
    });
    expect(regionGeometry(box)).toEqual({ x: 10, y: 20, width: 30, height: 5, rotation: 0 });
  });

  it('writes bare shapes without a label key and polygons without closed', () => {
    expect(built[10]).toMatchObject({
      type: 'rectangle',
      value: { x: 1, y: 2, width: 3, height: 4, rotation: 0 },
    });
    expect(built[10]?.value).not.toHaveProperty('rectanglelabels');
    expect(built[11]?.value).not.toHaveProperty('closed');
  });

  it('writes paragraph indexes as strings', () => {
    expect(built[13]?.value).toMatchObject({ start: '0', end: '0' });
  });

  it('builds relations with and without labels', () => {
    expect(relationItem('AAAAAAAAAA', 'BBBBBBBBBB')).toEqual({
      from_id: 'AAAAAAAAAA',
      to_id: 'BBBBBBBBBB',
      type: 'relation',
      direction: 'right',
    });
    expect(relationItem('AAAAAAAAAA', 'BBBBBBBBBB', 'bi', ['knows'])).toEqual({
      from_id: 'AAAAAAAAAA',
      to_id: 'BBBBBBBBBB',
      type: 'relation',
      direction: 'bi',
      labels: ['knows'],
    });
  });

  it('sets origin when asked', () => {
    expect(
      classificationItem(control('c', 'Choices'), ['Yes'], { origin: 'prediction-changed' }).origin,
    ).toBe('prediction-changed');
  });
});
