import { describe, expect, it } from 'vitest';
import { MAX_CONFIG_CHARS, MAX_DEPTH } from './config-limits';
import { parseLabelConfig, parseLabelConfigOrThrow, type ParseOutcome } from './parse';
import type { ConfigNode, ControlNode, ObjectNode } from './tag-tree';

const errorsOf = (outcome: ParseOutcome) => (outcome.ok ? [] : outcome.errors);
const messages = (xml: string) => errorsOf(parseLabelConfig(xml)).map((e) => e.message);

/** One Text object plus `body`, so controls get an implied toName. */
const withText = (body: string) => `<View><Text name="text" value="$text"/>${body}</View>`;
const withImage = (body: string) => `<View><Image name="img" value="$image"/>${body}</View>`;

function node(xml: string, name: string): ControlNode | ObjectNode {
  const config = parseLabelConfigOrThrow(xml);
  const found = config.controls.get(name) ?? config.objects.get(name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

describe('every tier-1 tag parses into its typed node', () => {
  const cases: [string, string, string, Record<string, unknown>][] = [
    [
      'Text',
      withText(''),
      'text',
      { tag: 'Text', valueType: 'text', saveTextResult: true, granularity: 'symbol' },
    ],
    [
      'HyperText',
      '<View><HyperText name="h" value="$html" clickableLinks="true" inline="true"/></View>',
      'h',
      { tag: 'HyperText', clickableLinks: true, inline: true },
    ],
    [
      'Image',
      '<View><Image name="i" value="$image" zoom="true" rotateControl="true" maxWidth="750px"/></View>',
      'i',
      { tag: 'Image', zoom: true, rotateControl: true, maxWidth: '750px', crosshair: false },
    ],
    [
      'Paragraphs',
      '<View><Paragraphs name="p" value="$d" layout="dialogue" nameKey="speaker" textKey="line"/></View>',
      'p',
      { tag: 'Paragraphs', layout: 'dialogue', nameKey: 'speaker', textKey: 'line' },
    ],
    [
      'Paragraphs defaults',
      '<View><Paragraphs name="p" value="$d"/></View>',
      'p',
      { layout: 'none', nameKey: 'author', textKey: 'text' },
    ],
    [
      'Choices',
      withText(
        '<Choices name="c" choice="multiple" showInline="true" required="true"><Choice value="A" hotkey="a"/><Choice value="B" alias="b" selected="true"/></Choices>',
      ),
      'c',
      { tag: 'Choices', choice: 'multiple', showInline: true, required: true, toName: ['text'] },
    ],
    [
      'Choices default',
      withText('<Choices name="c"><Choice value="A"/></Choices>'),
      'c',
      { choice: 'single', perRegion: false },
    ],
    [
      'TextArea',
      withText(
        '<TextArea name="t" rows="3" maxSubmissions="2" placeholder="Why?" editable="true"/>',
      ),
      't',
      { tag: 'TextArea', rows: 3, maxSubmissions: 2, placeholder: 'Why?', editable: true },
    ],
    [
      'Rating',
      withText('<Rating name="r" maxRating="10" icon="heart"/>'),
      'r',
      { tag: 'Rating', maxRating: 10, icon: 'heart' },
    ],
    ['Rating default', withText('<Rating name="r"/>'), 'r', { maxRating: 5 }],
    [
      'Number',
      withText('<Number name="n" min="0" max="20" step="0.5" slider="true"/>'),
      'n',
      { tag: 'Number', min: 0, max: 20, step: 0.5, slider: true },
    ],
    [
      'DateTime',
      withText('<DateTime name="d" only="date" min="2020-01-01" max="2030-12-31"/>'),
      'd',
      { tag: 'DateTime', only: ['date'], min: '2020-01-01', max: '2030-12-31' },
    ],
    [
      'Taxonomy',
      withText(
        '<Taxonomy name="x" leafsOnly="true" pathSeparator=" > " maxUsages="2"><Choice value="A"><Choice value="A1"/></Choice></Taxonomy>',
      ),
      'x',
      { tag: 'Taxonomy', leafsOnly: true, pathSeparator: ' > ', maxUsages: 2 },
    ],
    [
      'Labels',
      withText(
        '<Labels name="l" choice="multiple" maxUsages="5"><Label value="P" background="red" hotkey="p"/></Labels>',
      ),
      'l',
      { tag: 'Labels', choice: 'multiple', maxUsages: 5, showInline: true },
    ],
    [
      'RectangleLabels',
      withImage(
        '<RectangleLabels name="b" strokeWidth="2" opacity="0.5"><Label value="Cat"/></RectangleLabels>',
      ),
      'b',
      { tag: 'RectangleLabels', strokeWidth: 2, opacity: 0.5, toName: ['img'] },
    ],
    ['Rectangle', withImage('<Rectangle name="b"/>'), 'b', { tag: 'Rectangle', labels: [] }],
    [
      'PolygonLabels',
      withImage('<PolygonLabels name="p"><Label value="Tree"/></PolygonLabels>'),
      'p',
      { tag: 'PolygonLabels' },
    ],
    ['Polygon', withImage('<Polygon name="p"/>'), 'p', { tag: 'Polygon' }],
    [
      'KeyPointLabels',
      withImage('<KeyPointLabels name="k"><Label value="Eye"/></KeyPointLabels>'),
      'k',
      { tag: 'KeyPointLabels' },
    ],
    ['KeyPoint', withImage('<KeyPoint name="k"/>'), 'k', { tag: 'KeyPoint' }],
  ];
  it.each(cases)('%s', (_tag, xml, name, expected) => {
    expect(node(xml, name)).toMatchObject(expected);
  });

  it('Choice, Label and Relation options carry value, alias, hotkey and attrs', () => {
    const c = node(
      withText('<Choices name="c"><Choice value="Yes" alias="Y" hotkey="y" hint="h"/></Choices>'),
      'c',
    );
    expect(c.tag === 'Choices' && c.options[0]).toMatchObject({
      tag: 'Choice',
      value: 'Yes',
      alias: 'Y',
      hotkey: 'y',
      hint: 'h',
      attrs: { value: 'Yes', alias: 'Y', hotkey: 'y', hint: 'h' },
    });
    const l = node(
      withText('<Labels name="l"><Label value="P" maxUsages="2"/><Label value="Q"/></Labels>'),
      'l',
    );
    expect('labels' in l && l.labels.map((x) => [x.value, x.background, x.maxUsages])).toEqual([
      ['P', '#36B37E', 2],
      ['Q', '#36B37E', undefined],
    ]);
    const config = parseLabelConfigOrThrow(
      withText(
        '<Labels name="l"><Label value="A"/></Labels><Relations><Relation value="r1"/><Relation>r2</Relation></Relations>',
      ),
    );
    expect(config.relations[0]?.relations.map((r) => r.value)).toEqual(['r1', 'r2']);
  });

  it('View, Header and Style: nesting, inner text, $vars', () => {
    const config = parseLabelConfigOrThrow(
      '<View style="display:flex"><Style>.x { color: red }</Style><View><Header value="Article: $title" size="3"/><Header>Pick one</Header><View><Text name="t" value="$doc.pages[0].text"/></View></View></View>',
    );
    const [style, inner] = config.root.children as ConfigNode[];
    expect(config.root.style).toBe('display:flex');
    expect(style).toMatchObject({ tag: 'Style', css: '.x { color: red }' });
    expect(inner?.tag).toBe('View');
    if (inner?.tag !== 'View') return;
    expect(inner.children[0]).toMatchObject({
      tag: 'Header',
      size: 3,
      value: { kind: 'template', raw: 'Article: $title' },
    });
    expect(inner.children[1]).toMatchObject({
      tag: 'Header',
      value: { kind: 'literal', raw: 'Pick one' },
    });
    expect(config.objects.get('t')?.value).toMatchObject({
      kind: 'variable',
      path: { key: 'doc', steps: ['pages', 0, 'text'] },
    });
  });

  it('keeps the source xml', () => {
    const xml = withText('');
    expect(parseLabelConfigOrThrow(xml).xml).toBe(xml);
  });

  it('accepts the empty <View></View>', () => {
    const outcome = parseLabelConfig('<View></View>');
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.config.controls.size).toBe(0);
  });

  it('treats tag and attribute names case-insensitively and booleans in any case', () => {
    const config = parseLabelConfigOrThrow(
      '<view><TEXT NAME="t" Value="$x"/><choices name="c" TONAME="t" choice="Multiple" showinline="TRUE"><choice value="a"/></choices></view>',
    );
    expect(config.controls.get('c')).toMatchObject({
      tag: 'Choices',
      choice: 'multiple',
      showInline: true,
      toName: ['t'],
    });
  });

  it('lets toName list several objects for classification controls', () => {
    const config = parseLabelConfigOrThrow(
      '<View><Text name="a" value="$a"/><Text name="b" value="$b"/><Choices name="c" toName="a,b"><Choice value="x"/></Choices></View>',
    );
    expect(config.controls.get('c')?.toName).toEqual(['a', 'b']);
  });

  it('records visibility conditions of the control and its enclosing Views', () => {
    const config = parseLabelConfigOrThrow(
      withText(
        '<Choices name="c"><Choice value="Yes"/></Choices><View visibleWhen="choice-selected" whenTagName="c" whenChoiceValue="Yes"><TextArea name="why" visibleWhen="no-region-selected"/></View>',
      ),
    );
    expect(config.conditions.get('why')).toEqual([
      { when: 'choice-selected', tagName: 'c', values: ['Yes'] },
      { when: 'no-region-selected', tagName: undefined, values: [] },
    ]);
  });
});

describe('config errors', () => {
  const cases: [string, string, RegExp][] = [
    [
      'XML syntax error',
      '<View>\n  <Text name="a" value="$a">\n</View>',
      /^XML syntax error: unexpected close tag/,
    ],
    ['unknown tag', withText('<Foo/>'), /^Unknown tag <Foo>$/],
    ['tier-2 tag', '<View><Audio name="a" value="$a"/></View>', /^Tag Audio is not supported yet$/],
    [
      'tier-2 tag in any case',
      '<View><video name="a" value="$a"/></View>',
      /^Tag Video is not supported yet$/,
    ],
    [
      'dynamic options',
      withText('<Choices name="c" value="$options"/>'),
      /dynamic options .* not supported yet/,
    ],
    [
      'missing name on an object',
      '<View><Text value="$a"/></View>',
      /missing the required attribute "name"/,
    ],
    [
      'missing name on a control',
      withText('<Choices><Choice value="a"/></Choices>'),
      /missing the required attribute "name"/,
    ],
    [
      'missing value on an object',
      '<View><Text name="t"/></View>',
      /missing the required attribute "value"/,
    ],
    [
      'duplicate names',
      '<View><Text name="a" value="$a"/><Text name="a" value="$b"/></View>',
      /^Label config contains non-unique names$/,
    ],
    [
      'dangling toName',
      '<View><Text name="a" value="$a"/><Text name="b" value="$b"/><Choices name="c" toName="X"><Choice value="1"/></Choices></View>',
      /^toName="X" not found in names: \['a', 'b', 'c'\]$/,
    ],
    [
      'missing toName with two objects',
      '<View><Text name="a" value="$a"/><Text name="b" value="$b"/><Choices name="c"><Choice value="1"/></Choices></View>',
      /needs a toName attribute/,
    ],
    [
      'toName at the wrong object kind',
      withText('<RectangleLabels name="b" toName="text"><Label value="x"/></RectangleLabels>'),
      /must name one of <Image>, not <Text>/,
    ],
    [
      'Labels on an Image',
      withImage('<Labels name="l" toName="img"><Label value="x"/></Labels>'),
      /must name one of <Text>, <HyperText>, <Paragraphs>, not <Image>/,
    ],
    [
      'toName at a control',
      withText(
        '<Labels name="l"><Label value="x"/></Labels><Choices name="c" toName="l"><Choice value="1"/></Choices>',
      ),
      /must name an object tag, not <Labels>/,
    ],
    [
      'several toName on a region control',
      '<View><Text name="a" value="$a"/><Text name="b" value="$b"/><Labels name="l" toName="a,b"><Label value="x"/></Labels></View>',
      /may point at one object only/,
    ],
    [
      'duplicate choice values',
      withText('<Choices name="c"><Choice value="A"/><Choice value="A"/></Choices>'),
      /^Duplicate choice "A" in <Choices name="c">$/,
    ],
    [
      'duplicate label via alias',
      withText('<Labels name="l"><Label value="Org" alias="ORG"/><Label value="ORG"/></Labels>'),
      /^Duplicate label "ORG"/,
    ],
    [
      'duplicate taxonomy siblings',
      withText(
        '<Taxonomy name="x"><Choice value="A"><Choice value="B"/><Choice value="B"/></Choice></Taxonomy>',
      ),
      /Duplicate choice "B"/,
    ],
    [
      'duplicate relations',
      withText('<Relations><Relation value="r"/><Relation value="r"/></Relations>'),
      /Duplicate relation "r"/,
    ],
    [
      'choice="maybe"',
      withText('<Choices name="c" choice="maybe"><Choice value="A"/></Choices>'),
      /^Invalid value choice="maybe" on <Choices>: expected one of single, single-radio, multiple$/,
    ],
    [
      'maxRating="-1"',
      withText('<Rating name="r" maxRating="-1"/>'),
      /^Invalid value maxRating="-1" on <Rating>/,
    ],
    [
      'maxRating="abc"',
      withText('<Rating name="r" maxRating="abc"/>'),
      /Invalid value maxRating="abc"/,
    ],
    [
      'bad boolean',
      withText('<Choices name="c" required="yes"><Choice value="A"/></Choices>'),
      /Invalid value required="yes".*true or false/,
    ],
    ['bad number step', withText('<Number name="n" step="0"/>'), /Invalid value step="0"/],
    [
      'min above max',
      withText('<Number name="n" min="5" max="1"/>'),
      /min \(5\) is greater than max \(1\)/,
    ],
    [
      'bad DateTime only',
      withText('<DateTime name="d" only="week"/>'),
      /Invalid value only="week"/,
    ],
    [
      'bad DateTime min',
      withText('<DateTime name="d" only="date" min="2020-13-01"/>'),
      /Invalid value min="2020-13-01"/,
    ],
    ['bad Header size', '<View><Header value="x" size="9"/></View>', /Invalid value size="9"/],
    [
      'bad visibleWhen',
      withText('<TextArea name="t" visibleWhen="sometimes"/>'),
      /Invalid value visibleWhen="sometimes"/,
    ],
    [
      'whenTagName names nothing',
      withText('<TextArea name="t" visibleWhen="choice-selected" whenTagName="nope"/>'),
      /whenTagName="nope" names no control/,
    ],
    [
      'whenChoiceValue undeclared',
      withText(
        '<Choices name="c"><Choice value="A"/></Choices><TextArea name="t" visibleWhen="choice-selected" whenTagName="c" whenChoiceValue="B"/>',
      ),
      /whenChoiceValue="B" is not a value/,
    ],
    [
      'nested Choice outside Taxonomy',
      withText('<Choices name="c"><Choice value="A"><Choice value="B"/></Choice></Choices>'),
      /only allowed in <Taxonomy>/,
    ],
    [
      'option outside its control',
      withText('<Label value="x"/>'),
      /^<Label> is not allowed inside <View>$/,
    ],
    [
      'child inside an object',
      '<View><Text name="t" value="$t"><Label value="x"/></Text></View>',
      /not allowed inside <Text>/,
    ],
    ['root is not View', '<Text name="t" value="$t"/>', /root tag must be <View>/],
    ['empty document', '', /XML syntax error.*root element/],
    [
      'duplicate attribute in different case',
      '<View><Text name="a" NAME="b" value="$a"/></View>',
      /given twice/,
    ],
    [
      'hotkey collision within a control',
      withText(
        '<Choices name="c"><Choice value="A" hotkey="a"/><Choice value="B" hotkey="A"/></Choices>',
      ),
      /Hotkey "A" .* is also used by <Choice value="A">/,
    ],
    [
      'hotkey collision across controls',
      withText(
        '<Choices name="c"><Choice value="A" hotkey="1"/></Choices><Labels name="l"><Label value="P" hotkey="1"/></Labels>',
      ),
      /is also used by/,
    ],
    [
      'hotkey on an editor key',
      withText('<Choices name="c"><Choice value="A" hotkey="ctrl+enter"/></Choices>'),
      /collides with the editor's submit key/,
    ],
    [
      'hotkey on undo with Cmd',
      withText('<Labels name="l"><Label value="A" hotkey="cmd+z"/></Labels>'),
      /editor's undo key/,
    ],
    [
      'hotkey on Escape',
      withText('<Labels name="l"><Label value="A" hotkey="Esc"/></Labels>'),
      /editor's unselect key/,
    ],
    [
      'hotkey on a browser shortcut',
      withText('<Labels name="l"><Label value="A" hotkey="ctrl+w"/></Labels>'),
      /browser shortcut/,
    ],
  ];
  it.each(cases)('%s', (_name, xml, expected) => {
    const found = messages(xml);
    expect(
      found.some((m) => expected.test(m)),
      found.join('\n'),
    ).toBe(true);
  });

  it('reports XML syntax errors with line and column', () => {
    expect(errorsOf(parseLabelConfig('<View>\n  <Text name="a" value="$a">\n</View>'))).toEqual([
      { message: 'XML syntax error: unexpected close tag.', line: 3, column: 8 },
    ]);
  });

  it('reports position, tag and attribute', () => {
    const [error] = errorsOf(
      parseLabelConfig(
        '<View>\n  <Text name="t" value="$t"/>\n  <Rating name="r" maxRating="0"/>\n</View>',
      ),
    );
    expect(error).toMatchObject({ line: 3, column: 3, tag: 'Rating', attribute: 'maxRating' });
  });

  it('reports every independent problem in one pass', () => {
    expect(
      messages(
        withText(
          '<Choices name="c" choice="maybe"><Choice value="1"/><Choice value="1"/></Choices><Rating name="r" maxRating="-1"/>',
        ),
      ),
    ).toHaveLength(3);
  });

  it('allows the same hotkey on controls that never show together', () => {
    const xml = withText(
      '<Labels name="l"><Label value="A"/></Labels><View visibleWhen="region-selected"><Choices name="a" perRegion="true"><Choice value="x" hotkey="q"/></Choices></View><View visibleWhen="no-region-selected"><Choices name="b"><Choice value="y" hotkey="q"/></Choices></View>',
    );
    expect(messages(xml)).toEqual([]);
  });

  it('does not throw on non-string input', () => {
    expect(parseLabelConfig(undefined as unknown as string).ok).toBe(false);
  });
});

describe('bad input', () => {
  it('rejects any DOCTYPE (no entity expansion)', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]><View><Header value="&lol9;"/></View>`;
    const started = performance.now();
    expect(messages(laughs)).toEqual([expect.stringMatching(/DOCTYPE/)]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(messages('<!DOCTYPE View SYSTEM "file:///etc/passwd"><View/>')).toEqual([
      expect.stringMatching(/DOCTYPE/),
    ]);
  });

  it('rejects undefined entities', () => {
    expect(messages('<View><Header value="&xxe;"/></View>')[0]).toMatch(
      /XML syntax error.*undefined entity/,
    );
  });

  it('caps nesting depth without blowing the stack', () => {
    const deep = (n: number) => `${'<View>'.repeat(n)}${'</View>'.repeat(n)}`;
    expect(parseLabelConfig(deep(MAX_DEPTH)).ok).toBe(true);
    expect(messages(deep(MAX_DEPTH + 1))[0]).toMatch(/nested too deeply/);
    expect(messages(deep(150_000))[0]).toMatch(/nested too deeply/);
  });

  it('refuses a 10 MB config quickly', () => {
    const huge = `<View>${'<Header value="x"/>'.repeat(10_000_000 / 19)}</View>`;
    expect(huge.length).toBeGreaterThan(MAX_CONFIG_CHARS);
    const started = performance.now();
    expect(messages(huge)[0]).toMatch(/too large/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('parses a config just under the size limit in reasonable time', () => {
    const labels = Array.from({ length: 20_000 }, (_, i) => `<Label value="label ${i}"/>`).join('');
    const started = performance.now();
    const outcome = parseLabelConfig(withText(`<Labels name="l">${labels}</Labels>`));
    expect(outcome.ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('rejects huge attribute values', () => {
    expect(messages(`<View><Header value="${'x'.repeat(100_000)}"/></View>`)[0]).toMatch(
      /too long/,
    );
  });

  it('caps the number of tags', () => {
    expect(messages(`<View>${'<View/>'.repeat(150_000)}</View>`)[0]).toMatch(
      /more than 100000 tags/,
    );
  });

  it('handles unclosed and garbage input', () => {
    for (const xml of [
      '<View',
      '<View><',
      '<<<>>>',
      '\u0000',
      '<View></Viw>',
      'plain text',
      '<View/><View/>',
    ]) {
      expect(parseLabelConfig(xml).ok).toBe(false);
    }
  });
});
