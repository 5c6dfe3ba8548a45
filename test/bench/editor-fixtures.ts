// Tasks for the editor benchmark: the big NER document from the shared generator, and one
// image with 500 rectangles around a clear area (so a drag there pans instead of moving one).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = process.env.MARGIN_FIXTURES ?? '/work/shared/fixtures';

export const fixtureText = (file: string): string =>
  readFileSync(path.join(FIXTURES, file), 'utf8');

export const BIG_DOC = { chars: 200_000, spans: 2_000 };

/** `gen-tasks.mjs --config ner --count 1 --text-chars 200000 --spans 2000 --annotations 1`. */
export function bigDocTasks(tmpDir: string): unknown[] {
  const out = path.join(tmpDir, 'big-doc.json');
  execFileSync(
    process.execPath,
    [
      path.join(FIXTURES, 'gen-tasks.mjs'),
      ...['--config', 'ner', '--count', '1', '--annotations', '1'],
      ...['--text-chars', String(BIG_DOC.chars), '--spans', String(BIG_DOC.spans)],
      ...['--out', out],
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return JSON.parse(readFileSync(out, 'utf8')) as unknown[];
}

export const IMAGE = { rectangles: 500, width: 160, height: 120 };

/** The image area (percent) left without rectangles: where the pan drag starts. */
export const CLEAR_AREA = { x: 40, y: 40, width: 20, height: 20 };

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A tiny deterministic generator (mulberry32), so every run draws the same boxes. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const overlapsClearArea = (x: number, y: number, w: number, h: number) =>
  x < CLEAR_AREA.x + CLEAR_AREA.width &&
  x + w > CLEAR_AREA.x &&
  y < CLEAR_AREA.y + CLEAR_AREA.height &&
  y + h > CLEAR_AREA.y;

/** The cat image as a data: URL, with one annotation of 500 `rectanglelabels` items. */
export function imageTask(): { data: { image: string }; annotations: unknown[] } {
  const png = readFileSync(path.join(FIXTURES, 'images/cat-1.png')).toString('base64');
  const next = random(500);
  const round = (n: number) => Math.round(n * 100) / 100;
  const result: unknown[] = [];
  const ids = new Set<string>();
  while (result.length < IMAGE.rectangles) {
    const width = round(2 + next() * 8);
    const height = round(2 + next() * 8);
    const x = round(next() * (100 - width));
    const y = round(next() * (100 - height));
    if (overlapsClearArea(x, y, width, height)) continue;
    let id = '';
    while (id.length < 10) id += ID_CHARS[Math.floor(next() * ID_CHARS.length)];
    if (ids.has(id)) continue;
    ids.add(id);
    result.push({
      id,
      from_name: 'box',
      to_name: 'image',
      type: 'rectanglelabels',
      origin: 'manual',
      original_width: IMAGE.width,
      original_height: IMAGE.height,
      image_rotation: 0,
      value: { x, y, width, height, rotation: 0, rectanglelabels: ['Cat'] },
    });
  }
  return { data: { image: `data:image/png;base64,${png}` }, annotations: [{ result }] };
}
