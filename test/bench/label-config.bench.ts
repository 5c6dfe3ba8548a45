// Label-config engine benchmark: parsing a generated 200-tag config, and validating 2,000 text
// spans on a 200,000-character text (the editor benchmark document's size). Medians of several
// runs after a warm-up, in milliseconds.
import { CodePointIndex } from '../../src/shared/annotation/code-points';
import { parseLabelConfigOrThrow } from '../../src/shared/label-config/parse';
import { validateResult } from '../../src/shared/label-config/validate-result';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

const RUNS = 15;
const WARMUP = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const value =
    sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return Math.round(value * 1000) / 1000;
}

function measure(fn: () => unknown): number {
  // Warm-up so the median reflects optimized code, as in a long-running server.
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    fn();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** A config with exactly `tags` elements: objects, classification and region controls with options. */
export function generateConfig(tags: number): string {
  const parts: string[] = [
    '<Text name="text" value="$text"/>',
    '<Image name="image" value="$image"/>',
  ];
  let count = 3; // View + two objects
  let i = 0;
  while (count < tags) {
    const left = tags - count;
    const kind = i % 4;
    if (kind === 0 && left >= 4) {
      parts.push(
        `<Choices name="c${i}" toName="text" choice="multiple"><Choice value="a"/><Choice value="b"/><Choice value="c"/></Choices>`,
      );
      count += 4;
    } else if (kind === 1 && left >= 4) {
      parts.push(
        `<Labels name="l${i}" toName="text"><Label value="A"/><Label value="B"/><Label value="C"/></Labels>`,
      );
      count += 4;
    } else if (kind === 2 && left >= 3) {
      parts.push(
        `<RectangleLabels name="r${i}" toName="image"><Label value="Cat"/><Label value="Dog"/></RectangleLabels>`,
      );
      count += 3;
    } else {
      parts.push(`<Rating name="s${i}" toName="text" maxRating="5"/>`);
      count += 1;
    }
    i++;
  }
  return `<View>\n  ${parts.join('\n  ')}\n</View>`;
}

/** ~200,000 characters of mixed text (emoji, ZWJ, CRLF, accents) and 2,000 spans on it. */
export function generateSpans(chars: number, spans: number) {
  const unit = 'Zoë met 👩‍💻 Ada Lovelace in Kraków 🇵🇱.\r\n';
  const text = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
  const index = new CodePointIndex(text);
  const stride = Math.floor(index.length / spans);
  const result = Array.from({ length: spans }, (_, i) => {
    const start = i * stride;
    const end = start + Math.min(12, stride);
    return {
      id: `r${String(i).padStart(9, '0')}`,
      from_name: 'ner',
      to_name: 'text',
      type: 'labels',
      origin: 'manual',
      value: { start, end, text: index.slice(start, end), labels: ['Person'] },
    };
  });
  return { text, result };
}

export async function run(): Promise<BenchFigure[]> {
  const xml = generateConfig(200);
  const parseMs = measure(() => parseLabelConfigOrThrow(xml));

  const config = parseLabelConfigOrThrow(
    '<View><Text name="text" value="$text"/><Labels name="ner" toName="text"><Label value="Person"/></Labels></View>',
  );
  const { text, result } = generateSpans(200_000, 2000);
  const check = validateResult(config, result, { text }, 'submit');
  if (Object.keys(check).length > 0)
    throw new Error(`bench result is invalid: ${JSON.stringify(check).slice(0, 200)}`);
  const validateMs = measure(() => validateResult(config, result, { text }, 'submit'));
  const indexMs = measure(() => new CodePointIndex(text));

  return [
    { name: 'label-config: parse 200-tag config', value: parseMs, unit: 'ms' },
    { name: 'label-config: validate 2,000 spans on 200,000 chars', value: validateMs, unit: 'ms' },
    { name: 'annotation: code-point index of 200,000 chars', value: indexMs, unit: 'ms' },
  ];
}
