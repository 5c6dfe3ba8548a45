import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes only the fields that need it and doubles inner quotes', () => {
    expect(
      toCsv(
        ['name', 'count'],
        [
          ['plain', 3],
          ['with, comma', 1.5],
          ['say "hi"', 0],
          ['two\nlines', null],
          [' padded ', undefined],
        ],
      ),
    ).toBe(
      'name,count\r\nplain,3\r\n"with, comma",1.5\r\n"say ""hi""",0\r\n"two\nlines",\r\n" padded ",\r\n',
    );
  });

  it('keeps text that looks like a formula from running in a spreadsheet', () => {
    expect(toCsv(['v'], [['=SUM(A1)'], ['+1'], ['@me'], [-3]])).toBe(
      "v\r\n'=SUM(A1)\r\n'+1\r\n'@me\r\n-3\r\n",
    );
  });

  it('writes non-finite numbers as empty cells', () => {
    expect(toCsv(['a', 'b'], [[Number.NaN, Infinity]])).toBe('a,b\r\n,\r\n');
  });
});
