import { describe, expect, it } from 'vitest';
import { parseLabelConfigOrThrow } from './parse';
import { MAX_RESULT_ERRORS } from './result-issues';
import { validateResult, type ValidationMode } from './validate-result';

const config = parseLabelConfigOrThrow(`<View>
  <Text name="text" value="$text"/>
  <Labels name="ner" toName="text" maxUsages="4"><Label value="Person" maxUsages="2"/><Label value="Org" alias="ORG"/></Labels>
  <Labels name="topic" toName="text" choice="multiple"><Label value="A"/><Label value="B"/></Labels>
  <Choices name="single" toName="text"><Choice value="Yes"/><Choice value="No" alias="N"/></Choices>
  <Choices name="many" toName="text" choice="multiple"><Choice value="x"/><Choice value="y"/></Choices>
  <TextArea name="note" toName="text" maxSubmissions="2"/>
  <TextArea name="span_note" toName="text" perRegion="true"/>
  <Rating name="stars" toName="text" maxRating="5"/>
  <Number name="num" toName="text" min="0" max="10" step="0.5"/>
  <DateTime name="day" toName="text" only="date" min="2020-01-01" max="2030-12-31"/>
  <DateTime name="at" toName="text"/>
  <DateTime name="hour" toName="text" only="time"/>
  <Taxonomy name="tax" toName="text" leafsOnly="true" maxUsages="2"><Choice value="A"><Choice value="A1"/></Choice><Choice value="B"/></Taxonomy>
  <Relations><Relation value="rel"/></Relations>
  <Image name="img" value="$image"/>
  <RectangleLabels name="box" toName="img"><Label value="Cat"/></RectangleLabels>
  <PolygonLabels name="poly" toName="img"><Label value="Tree"/></PolygonLabels>
  <KeyPointLabels name="kp" toName="img"><Label value="Eye"/></KeyPointLabels>
  <Rectangle name="rect" toName="img"/>
  <Choices name="img_class" toName="img" perRegion="true"><Choice value="sharp"/></Choices>
  <Paragraphs name="dlg" value="$dialogue" nameKey="who" textKey="line"/>
  <Labels name="intent" toName="dlg"><Label value="Q"/></Labels>
  <HyperText name="html" value="$html"/>
  <Labels name="hl" toName="html"><Label value="H"/></Labels>
</View>`);

const text = 'Zoë 👩‍💻 met Ada\r\nin Paris 🇫🇷 at Org.';
const data = {
  text,
  image: 'https://example.org/cat.png',
  dialogue: [
    { who: 'A', line: 'Hi 😀 there' },
    { who: 'B', line: 'Hello' },
  ],
  html: '<p>Hello <b>big</b> world &amp; more</p><script>var x = "hidden";</script>',
};

/** Code-point span of the first occurrence of `needle`. */
function span(needle: string) {
  const at = text.indexOf(needle);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(needle).length, text: needle };
}

let counter = 0;
const nextId = () => `id${String(counter++).padStart(8, '0')}`;
const item = (
  from: string,
  to: string,
  type: string,
  value: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) => ({
  id: nextId(),
  from_name: from,
  to_name: to,
  type,
  origin: 'manual',
  ...extra,
  value,
});
const frame = { original_width: 800, original_height: 600, image_rotation: 0 };
const ner = (value: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  item('ner', 'text', 'labels', value, extra);
const person = (needle: string, labels: unknown = ['Person']) => ner({ ...span(needle), labels });
const rect = (value: Record<string, unknown>) =>
  item(
    'box',
    'img',
    'rectanglelabels',
    { x: 10, y: 10, width: 20, height: 20, rotation: 0, rectanglelabels: ['Cat'], ...value },
    frame,
  );

type Case = [name: string, result: unknown, invalidPath: string | null, mode?: ValidationMode];

const cases: Case[] = [
  // rule 1: shape of the result
  ['empty list', [], null],
  ['null on skip', null, null, 'skip'],
  ['null on draft', null, null, 'draft'],
  ['null on submit', null, 'result'],
  ['null prediction', null, 'result', 'prediction'],
  ['object instead of list', { choices: ['Yes'] }, 'result'],
  ['string instead of list', 'Yes', 'result'],
  ['non-object item', [42], 'result[0]'],
  ['null item', [null], 'result[0]'],
  // rule 2: names and type
  ['unknown from_name', [{ ...person('Ada'), from_name: 'nope' }], 'result[0].from_name'],
  ['non-string from_name', [{ ...person('Ada'), from_name: 7 }], 'result[0].from_name'],
  ['to_name of another control', [{ ...person('Ada'), to_name: 'img' }], 'result[0].to_name'],
  ['unknown to_name', [{ ...person('Ada'), to_name: 'body' }], 'result[0].to_name'],
  ['wrong type', [{ ...person('Ada'), type: 'choices' }], 'result[0].type'],
  ['missing value', [{ ...person('Ada'), value: undefined }], 'result[0].value'],
  ['value not an object', [{ ...person('Ada'), value: [1] }], 'result[0].value'],
  // rule 3: declared values
  ['declared label', [person('Ada')], null],
  ['label by alias', [person('Org', ['ORG'])], null],
  ['undeclared label', [person('Ada', ['Persn'])], 'result[0].value.labels'],
  ['non-string label', [person('Ada', [1])], 'result[0].value.labels'],
  ['labels not a list', [person('Ada', 'Person')], 'result[0].value.labels'],
  ['choice by alias', [item('single', 'text', 'choices', { choices: ['N'] })], null],
  [
    'undeclared choice',
    [item('single', 'text', 'choices', { choices: ['Maybe'] })],
    'result[0].value.choices',
  ],
  [
    'choices not a list',
    [item('single', 'text', 'choices', { choices: 'Yes' })],
    'result[0].value.choices',
  ],
  ['taxonomy leaf', [item('tax', 'text', 'taxonomy', { taxonomy: [['A', 'A1'], ['B']] })], null],
  [
    'taxonomy missing path',
    [item('tax', 'text', 'taxonomy', { taxonomy: [['A', 'A2']] })],
    'result[0].value.taxonomy',
  ],
  [
    'taxonomy non-leaf with leafsOnly',
    [item('tax', 'text', 'taxonomy', { taxonomy: [['A']] })],
    'result[0].value.taxonomy',
  ],
  [
    'taxonomy path not a list',
    [item('tax', 'text', 'taxonomy', { taxonomy: ['A'] })],
    'result[0].value.taxonomy',
  ],
  [
    'taxonomy over maxUsages',
    [item('tax', 'text', 'taxonomy', { taxonomy: [['B'], ['A', 'A1'], ['B']] })],
    'result[0].value.taxonomy',
  ],
  // rule 4: single/multiple, maxUsages
  [
    'single choice with two',
    [item('single', 'text', 'choices', { choices: ['Yes', 'No'] })],
    'result[0].value.choices',
  ],
  [
    'single choice with none',
    [item('single', 'text', 'choices', { choices: [] })],
    'result[0].value.choices',
  ],
  ['multiple choices', [item('many', 'text', 'choices', { choices: ['x', 'y'] })], null],
  [
    'same choice twice',
    [item('many', 'text', 'choices', { choices: ['x', 'x'] })],
    'result[0].value.choices',
  ],
  [
    'single label region with two labels',
    [person('Ada', ['Person', 'Org'])],
    'result[0].value.labels',
  ],
  [
    'multiple label region',
    [item('topic', 'text', 'labels', { ...span('Ada'), labels: ['A', 'B'] })],
    null,
  ],
  ['region without labels', [person('Ada', [])], 'result[0].value.labels'],
  ['label maxUsages', [person('Zoë'), person('Ada'), person('Paris')], 'result[2].value.labels'],
  [
    'control maxUsages',
    [
      person('Zoë'),
      person('Ada'),
      person('Org', ['Org']),
      person('Paris', ['Org']),
      person('met', ['Org']),
    ],
    'result[4].from_name',
  ],
  // rule 5: rating, number, datetime, textarea
  ['rating in range', [item('stars', 'text', 'rating', { rating: 5 })], null],
  ['rating zero', [item('stars', 'text', 'rating', { rating: 0 })], 'result[0].value.rating'],
  ['rating fraction', [item('stars', 'text', 'rating', { rating: 2.5 })], 'result[0].value.rating'],
  ['rating string', [item('stars', 'text', 'rating', { rating: '4' })], 'result[0].value.rating'],
  ['number on step', [item('num', 'text', 'number', { number: 7.5 })], null],
  ['number off step', [item('num', 'text', 'number', { number: 7.3 })], 'result[0].value.number'],
  ['number over max', [item('num', 'text', 'number', { number: 11 })], 'result[0].value.number'],
  ['number under min', [item('num', 'text', 'number', { number: -1 })], 'result[0].value.number'],
  ['number NaN', [item('num', 'text', 'number', { number: NaN })], 'result[0].value.number'],
  ['number as string', [item('num', 'text', 'number', { number: '3' })], 'result[0].value.number'],
  ['date', [item('day', 'text', 'datetime', { datetime: '2024-02-29' })], null],
  [
    'date impossible',
    [item('day', 'text', 'datetime', { datetime: '2023-02-29' })],
    'result[0].value.datetime',
  ],
  [
    'date with time for only=date',
    [item('day', 'text', 'datetime', { datetime: '2024-05-01T10:30' })],
    'result[0].value.datetime',
  ],
  [
    'date before min',
    [item('day', 'text', 'datetime', { datetime: '2019-12-31' })],
    'result[0].value.datetime',
  ],
  [
    'date after max',
    [item('day', 'text', 'datetime', { datetime: '2031-01-01' })],
    'result[0].value.datetime',
  ],
  ['full datetime', [item('at', 'text', 'datetime', { datetime: '2024-05-01T10:30' })], null],
  [
    'full datetime missing time',
    [item('at', 'text', 'datetime', { datetime: '2024-05-01' })],
    'result[0].value.datetime',
  ],
  ['time only', [item('hour', 'text', 'datetime', { datetime: '23:59' })], null],
  [
    'time only out of range',
    [item('hour', 'text', 'datetime', { datetime: '24:00' })],
    'result[0].value.datetime',
  ],
  ['textarea list', [item('note', 'text', 'textarea', { text: ['one', 'two'] })], null],
  ['textarea string', [item('note', 'text', 'textarea', { text: 'one' })], 'result[0].value.text'],
  [
    'textarea non-string entry',
    [item('note', 'text', 'textarea', { text: ['one', 2] })],
    'result[0].value.text',
  ],
  [
    'textarea over maxSubmissions',
    [item('note', 'text', 'textarea', { text: ['1', '2', '3'] })],
    'result[0].value.text',
  ],
  // rule 6: text spans
  [
    'span after emoji ZWJ, CRLF and flag',
    [person('Ada'), person('Paris', ['Org']), person('Zoë')],
    null,
  ],
  [
    'span covering the ZWJ emoji',
    [item('topic', 'text', 'labels', { ...span('👩‍💻'), labels: ['A'] })],
    null,
  ],
  [
    'span covering the flag',
    [item('topic', 'text', 'labels', { ...span('🇫🇷'), labels: ['A'] })],
    null,
  ],
  [
    'span covering CRLF',
    [item('topic', 'text', 'labels', { ...span('Ada\r\nin'), labels: ['A'] })],
    null,
  ],
  [
    'span to the very end',
    [item('topic', 'text', 'labels', { ...span('Org.'), labels: ['A'] })],
    null,
  ],
  ['span without text (saveTextResult off)', [ner({ start: 0, end: 3, labels: ['Person'] })], null],
  ['negative start', [ner({ ...span('Ada'), start: -1 })], 'result[0].value.start'],
  ['fractional end', [ner({ ...span('Ada'), end: 12.5 })], 'result[0].value.end'],
  ['NaN start', [ner({ ...span('Ada'), start: NaN })], 'result[0].value.start'],
  ['string offsets', [ner({ ...span('Ada'), start: '11' })], 'result[0].value.start'],
  ['start equals end', [ner({ ...span('Ada'), end: span('Ada').start })], 'result[0].value.start'],
  [
    'end past the text',
    [ner({ start: 30, end: 900, text: 'x', labels: ['Person'] })],
    'result[0].value.end',
  ],
  ['text mismatch', [ner({ ...span('Ada'), text: 'Adx' })], 'result[0].value.text'],
  ['text not a string', [ner({ ...span('Ada'), text: ['Ada'] })], 'result[0].value.text'],
  [
    'UTF-16 offsets',
    [
      ner({
        start: text.indexOf('Ada'),
        end: text.indexOf('Ada') + 3,
        text: 'Ada',
        labels: ['Person'],
      }),
    ],
    'result[0].value.text',
  ],
  [
    'paragraph span',
    [
      item('intent', 'dlg', 'labels', {
        start: '0',
        end: '0',
        startOffset: 5,
        endOffset: 10,
        text: 'there',
        labels: ['Q'],
      }),
    ],
    null,
  ],
  [
    'paragraph span across paragraphs',
    [
      item('intent', 'dlg', 'labels', {
        start: '0',
        end: '1',
        startOffset: 3,
        endOffset: 5,
        text: '😀 there\nHello',
        labels: ['Q'],
      }),
    ],
    null,
  ],
  [
    'paragraph that does not exist',
    [
      item('intent', 'dlg', 'labels', {
        start: '5',
        end: '5',
        startOffset: 0,
        endOffset: 1,
        text: 'x',
        labels: ['Q'],
      }),
    ],
    'result[0].value.start',
  ],
  [
    'paragraph offset past the end',
    [
      item('intent', 'dlg', 'labels', {
        start: '1',
        end: '1',
        startOffset: 0,
        endOffset: 6,
        text: 'Hello!',
        labels: ['Q'],
      }),
    ],
    'result[0].value.endOffset',
  ],
  [
    'paragraph text mismatch',
    [
      item('intent', 'dlg', 'labels', {
        start: '0',
        end: '0',
        startOffset: 5,
        endOffset: 10,
        text: 'where',
        labels: ['Q'],
      }),
    ],
    'result[0].value.text',
  ],
  [
    'paragraph index not a number',
    [
      item('intent', 'dlg', 'labels', {
        start: 'first',
        end: '0',
        startOffset: 0,
        endOffset: 1,
        labels: ['Q'],
      }),
    ],
    'result[0].value.start',
  ],
  [
    'hypertext span',
    [
      item('hl', 'html', 'labels', {
        start: '/p[1]/text()[1]',
        end: '/p[1]/text()[2]',
        startOffset: 0,
        endOffset: 3,
        globalOffsets: { start: 6, end: 9 },
        text: 'big',
        labels: ['H'],
      }),
    ],
    null,
  ],
  [
    'hypertext globalOffsets past the content',
    [
      item('hl', 'html', 'labels', {
        start: '/p[1]',
        end: '/p[1]',
        startOffset: 0,
        endOffset: 3,
        globalOffsets: { start: 6, end: 40 },
        text: 'x',
        labels: ['H'],
      }),
    ],
    'result[0].value.globalOffsets',
  ],
  [
    'hypertext missing xpath',
    [
      item('hl', 'html', 'labels', {
        start: 3,
        end: '/p[1]',
        startOffset: 0,
        endOffset: 3,
        labels: ['H'],
      }),
    ],
    'result[0].value.start',
  ],
  // rule 7: image geometry
  ['rectangle', [rect({})], null],
  ['rectangle touching the edge', [rect({ x: 80, width: 20, y: 0, height: 100 })], null],
  ['rectangle float artefact at the edge', [rect({ x: 70.1, width: 29.900000000000006 })], null],
  ['rectangle past the right edge', [rect({ x: 90, width: 20 })], 'result[0].value.width'],
  ['rectangle past the bottom edge', [rect({ y: 90, height: 20 })], 'result[0].value.height'],
  ['rotated rectangle may pass the edge', [rect({ x: 90, width: 20, rotation: 45 })], null],
  ['rotation out of range', [rect({ rotation: 400 })], 'result[0].value.rotation'],
  ['negative x', [rect({ x: -5 })], 'result[0].value.x'],
  ['x as string', [rect({ x: '10' })], 'result[0].value.x'],
  ['missing height', [rect({ height: undefined })], 'result[0].value.height'],
  ['bad original_width', [{ ...rect({}), original_width: 0 }], 'result[0].original_width'],
  [
    'bare rectangle tool',
    [item('rect', 'img', 'rectangle', { x: 1, y: 1, width: 5, height: 5, rotation: 0 }, frame)],
    null,
  ],
  [
    'bare rectangle with a label key',
    [
      item(
        'rect',
        'img',
        'rectangle',
        { x: 1, y: 1, width: 5, height: 5, rotation: 0, rectanglelabels: ['Cat'] },
        frame,
      ),
    ],
    'result[0].value.rectanglelabels',
  ],
  [
    'polygon',
    [
      item(
        'poly',
        'img',
        'polygonlabels',
        {
          points: [
            [1, 1],
            [50, 5],
            [20, 40],
          ],
          polygonlabels: ['Tree'],
        },
        frame,
      ),
    ],
    null,
  ],
  [
    'polygon with closed (newer LS)',
    [
      item(
        'poly',
        'img',
        'polygonlabels',
        {
          points: [
            [1, 1],
            [50, 5],
            [20, 40],
          ],
          closed: true,
          polygonlabels: ['Tree'],
        },
        frame,
      ),
    ],
    null,
  ],
  [
    'polygon with two points',
    [
      item(
        'poly',
        'img',
        'polygonlabels',
        {
          points: [
            [1, 1],
            [5, 5],
          ],
          polygonlabels: ['Tree'],
        },
        frame,
      ),
    ],
    'result[0].value.points',
  ],
  [
    'polygon point out of range',
    [
      item(
        'poly',
        'img',
        'polygonlabels',
        {
          points: [
            [1, 1],
            [101, 5],
            [20, 40],
          ],
          polygonlabels: ['Tree'],
        },
        frame,
      ),
    ],
    'result[0].value.points',
  ],
  [
    'polygon point malformed',
    [
      item(
        'poly',
        'img',
        'polygonlabels',
        { points: [[1, 1], [5], [20, 40]], polygonlabels: ['Tree'] },
        frame,
      ),
    ],
    'result[0].value.points',
  ],
  [
    'keypoint',
    [
      item(
        'kp',
        'img',
        'keypointlabels',
        { x: 20, y: 35, width: 1.5, keypointlabels: ['Eye'] },
        frame,
      ),
    ],
    null,
  ],
  [
    'keypoint off the image',
    [
      item(
        'kp',
        'img',
        'keypointlabels',
        { x: 120, y: 35, width: 1.5, keypointlabels: ['Eye'] },
        frame,
      ),
    ],
    'result[0].value.x',
  ],
  // rule 8: ids, regions, relations
  ['missing id', [{ ...person('Ada'), id: undefined }], 'result[0].id'],
  ['short id', [{ ...person('Ada'), id: 'abc' }], 'result[0].id'],
  ['id with bad characters', [{ ...person('Ada'), id: 'has space!' }], 'result[0].id'],
  [
    'two regions sharing an id',
    [
      { ...person('Ada'), id: 'AAAAAAAAAA' },
      { ...person('Zoë'), id: 'AAAAAAAAAA' },
    ],
    'result[1].id',
  ],
  [
    'classification sharing a region id',
    [
      { ...person('Ada'), id: 'AAAAAAAAAA' },
      { ...item('single', 'text', 'choices', { choices: ['Yes'] }), id: 'AAAAAAAAAA' },
    ],
    'result[1].id',
  ],
  [
    'two regions of different controls on the same span',
    [
      { ...person('Ada'), id: 'AAAAAAAAAA' },
      { ...item('topic', 'text', 'labels', { ...span('Ada'), labels: ['A'] }), id: 'AAAAAAAAAA' },
    ],
    null,
  ],
  [
    'perRegion textarea repeating the span',
    [
      { ...person('Ada'), id: 'AAAAAAAAAA' },
      {
        ...item('span_note', 'text', 'textarea', {
          start: span('Ada').start,
          end: span('Ada').end,
          text: ['note'],
        }),
        id: 'AAAAAAAAAA',
      },
    ],
    null,
  ],
  [
    'perRegion item before its region',
    [
      {
        ...item('span_note', 'text', 'textarea', {
          start: span('Ada').start,
          end: span('Ada').end,
          text: ['note'],
        }),
        id: 'AAAAAAAAAA',
      },
      { ...person('Ada'), id: 'AAAAAAAAAA' },
    ],
    null,
  ],
  [
    'perRegion item with other geometry',
    [
      { ...person('Ada'), id: 'AAAAAAAAAA' },
      {
        ...item('span_note', 'text', 'textarea', {
          start: 0,
          end: span('Ada').end,
          text: ['note'],
        }),
        id: 'AAAAAAAAAA',
      },
    ],
    'result[1].value.start',
  ],
  [
    'perRegion item without a region',
    [item('span_note', 'text', 'textarea', { start: 0, end: 3, text: ['note'] })],
    'result[0].id',
  ],
  [
    'perRegion choices on a rectangle',
    [
      { ...rect({}), id: 'BBBBBBBBBB' },
      {
        ...item(
          'img_class',
          'img',
          'choices',
          { x: 10, y: 10, width: 20, height: 20, rotation: 0, choices: ['sharp'] },
          frame,
        ),
        id: 'BBBBBBBBBB',
      },
    ],
    null,
  ],
  [
    'perRegion geometry keys on a whole-object control',
    [item('single', 'text', 'choices', { start: 0, end: 3, choices: ['Yes'] })],
    'result[0].value.start',
  ],
  [
    'parentID pointing at a region',
    [
      { ...person('Ada'), id: 'AAAAAAAAAA' },
      { ...person('Zoë'), parentID: 'AAAAAAAAAA' },
    ],
    null,
  ],
  [
    'parentID pointing nowhere',
    [{ ...person('Ada'), parentID: 'ZZZZZZZZZZ' }],
    'result[0].parentID',
  ],
  [
    'relation',
    [
      { ...person('Ada'), id: 'AAAAAAAAAA' },
      { ...person('Zoë'), id: 'BBBBBBBBBB' },
      {
        from_id: 'AAAAAAAAAA',
        to_id: 'BBBBBBBBBB',
        type: 'relation',
        direction: 'right',
        labels: ['rel'],
      },
    ],
    null,
  ],
  [
    'relation without labels',
    [
      { ...person('Ada'), id: 'AAAAAAAAAA' },
      { ...person('Zoë'), id: 'BBBBBBBBBB' },
      { from_id: 'AAAAAAAAAA', to_id: 'BBBBBBBBBB', type: 'relation', direction: 'bi' },
    ],
    null,
  ],
  [
    'relation from a missing region',
    [
      { ...person('Ada'), id: 'AAAAAAAAAA' },
      { from_id: 'ZZZZZZZZZZ', to_id: 'AAAAAAAAAA', type: 'relation', direction: 'right' },
    ],
    'result[1].from_id',
  ],
  [
    'relation to a classification id',
    [
      { ...person('Ada'), id: 'AAAAAAAAAA' },
      { ...item('single', 'text', 'choices', { choices: ['Yes'] }), id: 'CCCCCCCCCC' },
      { from_id: 'AAAAAAAAAA', to_id: 'CCCCCCCCCC', type: 'relation' },
    ],
    'result[2].to_id',
  ],
  [
    'relation to itself',
    [
      { ...person('Ada'), id: 'AAAAAAAAAA' },
      { from_id: 'AAAAAAAAAA', to_id: 'AAAAAAAAAA', type: 'relation' },
    ],
    'result[1].to_id',
  ],
  [
    'relation with a bad direction',
    [
      { ...person('Ada'), id: 'AAAAAAAAAA' },
      { ...person('Zoë'), id: 'BBBBBBBBBB' },
      { from_id: 'AAAAAAAAAA', to_id: 'BBBBBBBBBB', type: 'relation', direction: 'up' },
    ],
    'result[2].direction',
  ],
  [
    'relation with an undeclared label',
    [
      { ...person('Ada'), id: 'AAAAAAAAAA' },
      { ...person('Zoë'), id: 'BBBBBBBBBB' },
      { from_id: 'AAAAAAAAAA', to_id: 'BBBBBBBBBB', type: 'relation', labels: ['nope'] },
    ],
    'result[2].labels',
  ],
  // rule 10 and top-level fields
  [
    'unknown value key',
    [ner({ ...span('Ada'), labels: ['Person'], colour: 'red' })],
    'result[0].value.colour',
  ],
  ['unknown top-level key is tolerated', [{ ...person('Ada'), hidden: false }], null],
  ['bad origin', [{ ...person('Ada'), origin: 'robot' }], 'result[0].origin'],
  ['prediction origin and score', [{ ...person('Ada'), origin: 'prediction', score: 0.9 }], null],
  ['score as string', [{ ...person('Ada'), score: 'high' }], 'result[0].score'],
  ['readonly not boolean', [{ ...person('Ada'), readonly: 'yes' }], 'result[0].readonly'],
  ['meta not an object', [{ ...person('Ada'), meta: 'note' }], 'result[0].meta'],
  ['meta with a note', [{ ...person('Ada'), meta: { text: ['note'] } }], null],
];

describe('validateResult rules (label-config.md §4)', () => {
  it.each(cases)('%s', (_name, result, invalidPath, mode = 'submit') => {
    const errors = validateResult(config, result, data, mode);
    if (invalidPath === null) expect(errors).toEqual({});
    else {
      expect(Object.keys(errors), JSON.stringify(errors)).toContain(invalidPath);
    }
  });

  it('phrases span errors in code points', () => {
    const errors = validateResult(
      config,
      [ner({ start: 30, end: 812, text: 'x', labels: ['Person'] })],
      data,
      'submit',
    );
    expect(errors['result[0].value.end']).toEqual([
      `end 812 is past the end of the text (${Array.from(text).length} code points)`,
    ]);
  });

  it('explains UTF-16 offsets', () => {
    const at = text.indexOf('Ada');
    const errors = validateResult(
      config,
      [ner({ start: at, end: at + 3, text: 'Ada', labels: ['Person'] })],
      data,
      'submit',
    );
    expect(errors['result[0].value.text']?.[0]).toMatch(/UTF-16/);
  });

  it('reports spans when the task data has no text', () => {
    const errors = validateResult(config, [person('Ada')], {}, 'submit');
    expect(errors['result[0].value']?.[0]).toMatch(/task data has no text for \$text/);
  });

  it('skips content checks for Text loaded from a URL', () => {
    const byUrl = parseLabelConfigOrThrow(
      '<View><Text name="t" value="$url" valueType="url"/><Labels name="l"><Label value="A"/></Labels></View>',
    );
    const result = [
      item('l', 't', 'labels', { start: 0, end: 5000, text: 'anything', labels: ['A'] }),
    ];
    expect(validateResult(byUrl, result, { url: 'https://x' }, 'submit')).toEqual({});
  });

  it('never modifies the result', () => {
    const result = [person('Ada'), { ...person('Zoë'), score: 'bad' }];
    const before = JSON.stringify(result);
    validateResult(config, result, data, 'submit');
    expect(JSON.stringify(result)).toBe(before);
  });

  it('caps the number of messages', () => {
    const result = Array.from({ length: 5000 }, () => ({ from_name: 'nope' }));
    const errors = validateResult(config, result, data, 'submit');
    expect(Object.values(errors).flat().length).toBe(MAX_RESULT_ERRORS);
  });

  it('tolerates hostile values', () => {
    const hostile: unknown[] = [
      { __proto__: { from_name: 'ner' } },
      {
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        id: 'AAAAAAAAAA',
        value: { start: Infinity, end: -0, labels: [{}] },
      },
      {
        from_name: 'tax',
        to_name: 'text',
        type: 'taxonomy',
        id: 'BBBBBBBBBB',
        value: { taxonomy: [[null], [[]], 'x'] },
      },
      {
        from_name: 'poly',
        to_name: 'img',
        type: 'polygonlabels',
        id: 'CCCCCCCCCC',
        value: { points: 'x', polygonlabels: null },
      },
      { from_name: 'constructor', to_name: 'toString', type: 'labels' },
    ];
    expect(() => validateResult(config, hostile, data, 'submit')).not.toThrow();
    expect(Object.keys(validateResult(config, hostile, data, 'submit')).length).toBeGreaterThan(3);
    expect(() =>
      validateResult(config, [], null as unknown as Record<string, unknown>, 'submit'),
    ).not.toThrow();
  });
});

describe('required (rule 9)', () => {
  const required = parseLabelConfigOrThrow(`<View>
    <Text name="text" value="$text"/>
    <Labels name="ner"><Label value="P"/><Label value="Q"/></Labels>
    <Choices name="verdict" choice="multiple" required="true" requiredMessage="Pick a verdict"><Choice value="Keep"/><Choice value="Return"/></Choices>
    <View visibleWhen="choice-selected" whenTagName="verdict" whenChoiceValue="Return">
      <TextArea name="reason" required="true"/>
    </View>
    <TextArea name="unless_keep" required="true" visibleWhen="choice-unselected" whenTagName="verdict" whenChoiceValue="Keep"/>
    <TextArea name="span_note" perRegion="true" required="true" visibleWhen="region-selected" whenTagName="ner" whenLabelValue="P"/>
  </View>`);
  const t = 'Ada met Bob';
  const keep = item('verdict', 'text', 'choices', { choices: ['Keep'] });
  const ret = item('verdict', 'text', 'choices', { choices: ['Return'] });
  const reason = item('reason', 'text', 'textarea', { text: ['broken'] });
  const unlessKeep = item('unless_keep', 'text', 'textarea', { text: ['x'] });
  const p = {
    ...item('ner', 'text', 'labels', { start: 0, end: 3, text: 'Ada', labels: ['P'] }),
    id: 'PPPPPPPPPP',
  };
  const q = {
    ...item('ner', 'text', 'labels', { start: 8, end: 11, text: 'Bob', labels: ['Q'] }),
    id: 'QQQQQQQQQQ',
  };
  const pNote = {
    ...item('span_note', 'text', 'textarea', { start: 0, end: 3, text: ['note'] }),
    id: 'PPPPPPPPPP',
  };
  const blankNote = { ...pNote, value: { start: 0, end: 3, text: ['  '] } };

  const rows: [string, unknown[], ValidationMode, Record<string, RegExp>][] = [
    ['all present', [keep], 'submit', {}],
    ['missing required with its message', [], 'submit', { result: /Pick a verdict/ }],
    ['missing required is fine on skip', [], 'skip', {}],
    ['missing required is fine in a draft', [], 'draft', {}],
    ['missing required is fine in a prediction', [], 'prediction', {}],
    ['conditional control shown and empty', [ret], 'submit', { result: /"reason" is required/ }],
    ['conditional control shown and filled', [ret, reason, unlessKeep], 'submit', {}],
    ['choice-unselected shown', [ret, reason], 'submit', { result: /"unless_keep" is required/ }],
    [
      'perRegion required on a matching region',
      [keep, p],
      'submit',
      { 'result[1]': /region "PPPPPPPPPP": "span_note" is required/ },
    ],
    ['perRegion required satisfied', [keep, p, pNote], 'submit', {}],
    [
      'perRegion required with only blank text',
      [keep, p, blankNote],
      'submit',
      { 'result[1]': /span_note/ },
    ],
    ['perRegion required skips non-matching regions', [keep, q], 'submit', {}],
  ];
  it.each(rows)('%s', (_name, result, mode, expected) => {
    const errors = validateResult(required, result, { text: t }, mode);
    expect(Object.keys(errors).sort()).toEqual(Object.keys(expected).sort());
    for (const [path, pattern] of Object.entries(expected))
      expect(errors[path]?.join('\n')).toMatch(pattern);
  });
});

describe('performance', () => {
  it('validates 2,000 spans on a 200,000-character text quickly', () => {
    const unit = 'Zoë 👩‍💻 Ada Lovelace\r\n';
    const long = unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
    const perf = parseLabelConfigOrThrow(
      '<View><Text name="text" value="$text"/><Labels name="ner"><Label value="P"/></Labels></View>',
    );
    const chars = Array.from(long);
    const result = Array.from({ length: 2000 }, (_, i) => {
      const start = i * 40;
      return {
        id: `r${String(i).padStart(9, '0')}`,
        from_name: 'ner',
        to_name: 'text',
        type: 'labels',
        value: {
          start,
          end: start + 12,
          text: chars.slice(start, start + 12).join(''),
          labels: ['P'],
        },
      };
    });
    validateResult(perf, result, { text: long }, 'submit');
    const started = performance.now();
    expect(validateResult(perf, result, { text: long }, 'submit')).toEqual({});
    // The bench asserts nothing; this bound only catches an accidental O(n²).
    expect(performance.now() - started).toBeLessThan(500);
  });
});
