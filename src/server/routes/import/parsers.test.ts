import { describe, expect, it } from 'vitest';
import { CsvError, detectDelimiter, parseCsv } from './csv';
import { JsonStreamError, splitJsonList } from './json-stream';
import { multipartParts } from './multipart';
import { decodeText, splitLines } from './text';

const enc = new TextEncoder();

/** The text cut into pieces of `size` bytes, so every boundary case lands mid-token somewhere. */
async function* pieces(text: string | Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  const bytes = typeof text === 'string' ? enc.encode(text) : text;
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const SIZES = [1, 2, 3, 7, 64, 100_000];

describe('splitJsonList', () => {
  const doc = ` \n[ {"data": {"text": "a \\" ] } , [ \\\\"}}, "str\\\\", 12.5e3 ,true,null,
    [1, [2, {"k": "😀 naïve"}]], {"nested": {"deep": [{}, []]}} ]  \n`;
  const expected = JSON.parse(doc) as unknown[];

  it.each(SIZES)('yields each top-level element (chunks of %i bytes)', async (size) => {
    const texts = await collect(splitJsonList(pieces(doc, size)));
    expect(texts.map((t) => JSON.parse(t))).toEqual(expected);
  });

  it('yields a single object document once, skipping a BOM', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('{"data": {"text": "x"}}')]);
    for (const size of [1, 2, 50]) {
      expect(await collect(splitJsonList(pieces(bytes, size)))).toEqual([
        '{"data": {"text": "x"}}',
      ]);
    }
  });

  it('yields nothing for an empty list', async () => {
    expect(await collect(splitJsonList(pieces('[ ]', 1)))).toEqual([]);
  });

  it.each([
    ['[{"a": 1}, {"b": ', /cut off/],
    ['[{"a": 1}', /cut off/],
    ['[1', /cut off/],
    ['[{"a": "unterminated', /cut off/],
    ['', /empty/],
    ['"text"', /list of tasks/],
    ['[1,,2]', /unexpected ","/],
    ['[1,]', /unexpected "]"/],
    ['[{} {}]', /expected ","/],
    ['[1] [2]', /after the end/],
    [`[${'['.repeat(1001)}${']'.repeat(1001)}]`, /deeper/],
  ])('refuses %.30j', async (doc, message) => {
    for (const size of [1, 1000]) {
      const run = collect(splitJsonList(pieces(doc, size)));
      await expect(run).rejects.toThrow(JsonStreamError);
      await expect(collect(splitJsonList(pieces(doc, size)))).rejects.toThrow(message);
    }
  });

  it('refuses invalid UTF-8 inside an element', async () => {
    const bytes = new Uint8Array([...enc.encode('[{"t": "'), 0xff, ...enc.encode('"}]')]);
    await expect(collect(splitJsonList(pieces(bytes, 3)))).rejects.toThrow(/UTF-8/);
  });
});

describe('parseCsv', () => {
  const csv = (text: string, size: number, d = 'detect') =>
    collect(parseCsv(decodeText(pieces(text, size)), d));

  it.each(SIZES)(
    'reads quotes, embedded delimiters, newlines and CRLF (chunks of %i)',
    async (size) => {
      const text =
        '\ufefftext,label\r\n"a, b","say ""hi"""\r\n"multi\r\nline",x\r\n\r\nplain,😀 naïve\r\n';
      expect(await csv(text, size)).toEqual([
        ['text', 'label'],
        ['a, b', 'say "hi"'],
        ['multi\r\nline', 'x'],
        ['plain', '😀 naïve'],
      ]);
    },
  );

  it('detects a semicolon delimiter, and keeps commas in its fields', async () => {
    expect(await csv('text;score\n"x; y";1,5\n', 2)).toEqual([
      ['text', 'score'],
      ['x; y', '1,5'],
    ]);
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"a;b",c')).toBe(',');
  });

  it('keeps empty fields, a last line without newline, and ragged rows as they are', async () => {
    expect(await csv('a,b,c\n1,,\n2\n3,4', 1)).toEqual([
      ['a', 'b', 'c'],
      ['1', '', ''],
      ['2'],
      ['3', '4'],
    ]);
  });

  it('reads tabs when told', async () => {
    expect(await csv('a\tb\n"x\ty"\tz\n', 3, '\t')).toEqual([
      ['a', 'b'],
      ['x\ty', 'z'],
    ]);
  });

  it('refuses a quoted field that never closes', async () => {
    await expect(csv('a\n"open', 1)).rejects.toThrow(CsvError);
  });
});

describe('splitLines', () => {
  it('splits LF and CRLF across chunks, keeping a last line', async () => {
    const lines = await collect(splitLines(decodeText(pieces('one\r\ntwo\n\nthree', 2))));
    expect(lines).toEqual(['one', 'two', '', 'three']);
  });
});

describe('multipartParts', () => {
  it('streams every part in order, chunk boundaries anywhere', async () => {
    const form = new FormData();
    form.append('note', 'plain field');
    form.append('file', new Blob(['[{"text": "a"}]']), 'tasks.json');
    form.append('file', new Blob(['text\r\n--not-a-boundary\r\nb\r\n']), 'more.csv');
    const req = new Request('http://x/', { method: 'POST', body: form });
    const boundary = /boundary=(.+)$/.exec(req.headers.get('content-type')!)![1]!;
    const bytes = new Uint8Array(await req.arrayBuffer());
    for (const size of [1, 5, 64, 100_000]) {
      const parts: { name: string; filename: string | null; body: string }[] = [];
      for await (const part of multipartParts(pieces(bytes, size), boundary)) {
        const chunks = await collect(part.body);
        parts.push({
          name: part.name,
          filename: part.filename,
          body: Buffer.concat(chunks).toString('utf8'),
        });
      }
      expect(parts).toEqual([
        { name: 'note', filename: null, body: 'plain field' },
        { name: 'file', filename: 'tasks.json', body: '[{"text": "a"}]' },
        { name: 'file', filename: 'more.csv', body: 'text\r\n--not-a-boundary\r\nb\r\n' },
      ]);
    }
  });

  it('skips the rest of a part its reader left early', async () => {
    const form = new FormData();
    form.append('a', new Blob(['x'.repeat(1000)]), 'a.txt');
    form.append('b', new Blob(['second']), 'b.txt');
    const req = new Request('http://x/', { method: 'POST', body: form });
    const boundary = /boundary=(.+)$/.exec(req.headers.get('content-type')!)![1]!;
    const bytes = new Uint8Array(await req.arrayBuffer());
    const names: string[] = [];
    for await (const part of multipartParts(pieces(bytes, 10), boundary)) {
      names.push(part.filename!);
      if (part.filename === 'b.txt')
        expect(Buffer.concat(await collect(part.body)).toString()).toBe('second');
    }
    expect(names).toEqual(['a.txt', 'b.txt']);
  });
});
