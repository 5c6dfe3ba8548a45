/**
 * A streaming CSV/TSV reader (RFC 4180 plus what spreadsheets write): quoted fields may hold
 * delimiters, newlines and doubled quotes; CRLF, LF or CR end a record; blank lines are
 * skipped. It keeps only the record being read, so a file of any size streams through.
 */

export class CsvError extends Error {}

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: the end of the field, or the first half of `""`. */
  QuoteSeen,
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

class CsvMachine {
  private state = State.FieldStart;
  private field = '';
  private record: string[] = [];
  private skipLf = false;
  private readonly delim: number;

  constructor(delimiter: string) {
    this.delim = delimiter.charCodeAt(0);
  }

  private endField() {
    this.record.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
  }

  private endRecord(out: string[][]) {
    this.endField();
    // A blank line reads as one empty field: skip it rather than report a ragged row.
    if (!(this.record.length === 1 && this.record[0] === '')) out.push(this.record);
    this.record = [];
  }

  /** A delimiter ends the field, a newline the record; anything else is not a boundary. */
  private boundary(c: number, out: string[][]): boolean {
    if (c === this.delim) {
      this.endField();
      return true;
    }
    if (c === LF || c === CR) {
      this.endRecord(out);
      this.skipLf = c === CR;
      return true;
    }
    return false;
  }

  /** Feed one chunk; complete records are appended to `out`. */
  feed(chunk: string, out: string[][]): void {
    const n = chunk.length;
    let run = 0; // start of the current run of plain characters, appended in one slice
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (this.skipLf) {
        this.skipLf = false;
        if (c === LF) {
          run = i + 1;
          continue;
        }
      }
      switch (this.state) {
        case State.FieldStart:
          if (c === QUOTE) {
            this.state = State.Quoted;
            run = i + 1;
          } else if (this.boundary(c, out)) {
            run = i + 1;
          } else {
            this.state = State.Unquoted;
            run = i;
          }
          break;
        case State.Unquoted:
          if (c === this.delim || c === LF || c === CR) {
            this.field += chunk.slice(run, i);
            this.boundary(c, out);
            run = i + 1;
          }
          break;
        case State.Quoted:
          if (c === QUOTE) {
            this.field += chunk.slice(run, i);
            this.state = State.QuoteSeen;
          }
          break;
        case State.QuoteSeen:
          if (c === QUOTE) {
            this.field += '"';
            this.state = State.Quoted;
            run = i + 1;
          } else if (this.boundary(c, out)) {
            run = i + 1;
          } else {
            // `"a"b`: keep the text, as Python's csv module does.
            this.state = State.Unquoted;
            run = i;
          }
          break;
      }
    }
    if (this.state === State.Unquoted || this.state === State.Quoted)
      this.field += chunk.slice(run);
  }

  finish(out: string[][]): void {
    if (this.state === State.Quoted) throw new CsvError('a quoted field is not closed');
    if (this.state !== State.FieldStart || this.record.length > 0 || this.field !== '')
      this.endRecord(out);
  }
}

/** The delimiter a header line uses: `,`, `;` or tab, whichever occurs most outside quotes. */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/**
 * Records of a CSV text stream. `delimiter: 'detect'` reads the first line before choosing
 * (a `;` file from a European spreadsheet, or tabs in a `.csv`).
 */
export async function* parseCsv(
  text: AsyncIterable<string>,
  delimiter: string | 'detect',
): AsyncGenerator<string[]> {
  let machine: CsvMachine | null = delimiter === 'detect' ? null : new CsvMachine(delimiter);
  let head = '';
  const out: string[][] = [];
  for await (const chunk of text) {
    if (!machine) {
      head += chunk;
      const nl = head.search(/[\r\n]/);
      if (nl === -1) continue;
      machine = new CsvMachine(detectDelimiter(head.slice(0, nl)));
      machine.feed(head, out);
      head = '';
    } else machine.feed(chunk, out);
    yield* out;
    out.length = 0;
  }
  machine ??= new CsvMachine(detectDelimiter(head));
  if (head) machine.feed(head, out);
  machine.finish(out);
  yield* out;
}
