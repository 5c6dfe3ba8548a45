// Editor benchmark, in Chromium against the built app (`npm run build` first):
//  1. opening a task with a 200,000-character text and 2,000 spans until it is interactive;
//  2. adding a span label with its hotkey, key press to paint;
//  3. panning a zoomed image with 500 rectangles, frames per second;
//  4. the labeling route's JavaScript and CSS, gzipped.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST_CLIENT, startEditorApp, type EditorApp } from './editor-app';
import { BIG_DOC, IMAGE, bigDocTasks, fixtureText, imageTask } from './editor-fixtures';
import {
  TEXT_ROW,
  emptyImagePoint,
  installLoadProbe,
  loadTiming,
  selectWordAndArm,
  spanTiming,
  startFrameCounter,
  stopFrameCounter,
} from './editor-probes';
import type { BenchRow } from './report';
import { percentile } from './stream-load';

const OPEN_RUNS = 5;
const SPAN_SAMPLES = 20;
const PAN_MS = 2_000;
const ZOOM_STEPS = 6; // Alt+= six times: 1.25^6 ≈ 3.8×

const TEXT_REGION = '[data-editor-root] [role="region"][aria-label^="Text:"]';
const IMAGE_STAGE = '[data-testid="image-stage-image"]';

const labelingUrl = (app: EditorApp, projectId: number, taskId: number) =>
  `${app.url}/projects/${projectId}/label?task=${taskId}&from=history`;

const row = (r: Omit<BenchRow, 'db' | 'baseline'>): BenchRow => ({
  db: '—',
  baseline: null,
  ...r,
});

const log = (message: string) => process.stderr.write(`[editor] ${message}\n`);
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** The region list's heading, e.g. "Regions (2000)": proves the spans are in the editor. */
async function regionCount(page: Page): Promise<number> {
  const heading = page.getByRole('heading', { name: /^Regions \(\d+\)$/ });
  await heading.waitFor({ timeout: 30_000 });
  return Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')?.[1] ?? NaN);
}

async function expectRegions(page: Page, expected: number, what: string): Promise<void> {
  const found = await regionCount(page);
  if (found !== expected)
    throw new Error(`${what}: the region list shows ${found} regions, expected ${expected}`);
}

/** 1 + 2: the big document. */
async function bigDocument(app: EditorApp, tmpDir: string): Promise<BenchRow[]> {
  const { projectId, taskIds } = await app.project(
    'Editor bench: big document',
    fixtureText('configs/ner.xml'),
    bigDocTasks(tmpDir),
  );
  const taskId = taskIds[0];
  if (taskId === undefined) throw new Error('the big document was not imported');
  const url = labelingUrl(app, projectId, taskId);
  const context = await app.signedInContext();
  try {
    await context.addInitScript(installLoadProbe, TEXT_ROW);
    const page = await context.newPage();
    return [...(await openTimes(page, url)), ...(await spanAddTimes(page))];
  } finally {
    await context.close();
  }
}

async function openTimes(page: Page, url: string): Promise<BenchRow[]> {
  const times: number[] = [];
  // The first load fills the HTTP cache and is not counted.
  for (let run = 0; run <= OPEN_RUNS; run++) {
    await page.goto(url);
    const t = await page.evaluate(loadTiming);
    await expectRegions(page, BIG_DOC.spans, 'opening the big document');
    log(
      `open ${run === 0 ? 'warm-up' : `run ${run}`}: text ${ms(t.textAt)}, interactive ${ms(t.interactiveAt)} (${t.probes} probe${t.probes > 1 ? 's' : ''})`,
    );
    if (run > 0) times.push(t.interactiveAt);
  }
  const median = percentile(times, 50);
  const p95 = percentile(times, 95);
  const name = `open task, ${BIG_DOC.chars.toLocaleString('en-US')} chars + ${BIG_DOC.spans.toLocaleString('en-US')} spans → interactive`;
  return [
    row({
      case: `${name} (ms, median of ${OPEN_RUNS})`,
      margin: median,
      unit: 'ms',
      target: '≤ 500 ms',
      pass: median <= 500,
    }),
    row({
      case: `${name} (ms, p95 of ${OPEN_RUNS})`,
      margin: p95,
      unit: 'ms',
      target: '≤ 500 ms',
      pass: p95 <= 500,
    }),
  ];
}

async function spanAddTimes(page: Page): Promise<BenchRow[]> {
  // The page is the last one `openTimes` loaded and checked: 2,000 spans, idle.
  const paint: number[] = [];
  const mutation: number[] = [];
  for (let i = 0; i < SPAN_SAMPLES; i++) {
    await page.evaluate(selectWordAndArm, { region: TEXT_REGION, pick: i * 7, key: 'p' });
    await page.keyboard.press('p');
    const t = await page.evaluate(spanTiming);
    paint.push(t.paintMs);
    mutation.push(t.mutationMs);
  }
  await expectRegions(page, BIG_DOC.spans + SPAN_SAMPLES, 'after adding spans');
  const p50 = percentile(paint, 50);
  const p95 = percentile(paint, 95);
  log(
    `add span: key → DOM p50 ${ms(percentile(mutation, 50))} p95 ${ms(percentile(mutation, 95))}; key → paint p50 ${ms(p50)} p95 ${ms(p95)}`,
  );
  const name = `add a span label with its hotkey (${BIG_DOC.spans.toLocaleString('en-US')} spans), key → paint`;
  return [
    row({
      case: `${name} (ms, p50 of ${SPAN_SAMPLES})`,
      margin: p50,
      unit: 'ms',
      target: 'report',
      pass: true,
    }),
    row({
      case: `${name} (ms, p95 of ${SPAN_SAMPLES})`,
      margin: p95,
      unit: 'ms',
      target: '≤ 50 ms',
      pass: p95 <= 50,
    }),
  ];
}

/**
 * Opens `task` (the cat image, with or without rectangles), zooms in and drags empty image area
 * in a circle for PAN_MS. Each `mouse.move` resolves once the page has taken the event, so the
 * drag goes as fast as the page can follow (one move per frame when it keeps up).
 */
async function panImage(app: EditorApp, title: string, task: unknown, regions: number) {
  const { projectId, taskIds } = await app.project(title, fixtureText('configs/image-bbox.xml'), [
    task,
  ]);
  const taskId = taskIds[0];
  if (taskId === undefined) throw new Error(`${title}: the task was not imported`);
  const context = await app.signedInContext();
  try {
    const page = await context.newPage();
    await page.goto(labelingUrl(app, projectId, taskId));
    const stage = page.locator(IMAGE_STAGE);
    await stage.locator('svg').waitFor();
    if (regions > 0) await expectRegions(page, regions, title);

    // Zoom in around the centre (the hotkey acts on the image under the pointer).
    const box = await stage.boundingBox();
    if (!box) throw new Error('the image stage has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < ZOOM_STEPS; i++) await page.keyboard.press('Alt+Equal');
    const zoom = Number(await stage.getAttribute('data-zoom'));
    if (!(zoom > 1)) throw new Error(`Alt+= did not zoom the image (data-zoom=${zoom})`);

    const start = await page.evaluate(emptyImagePoint, IMAGE_STAGE);
    if (!start) throw new Error('no empty spot on the zoomed image to start a pan');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.evaluate(startFrameCounter, IMAGE_STAGE);
    // Circle around the start: the pan never runs into the image's edge and stops moving.
    const began = Date.now();
    let moves = 0;
    for (let angle = 0; Date.now() - began < PAN_MS; angle += 0.06, moves++)
      await page.mouse.move(start.x + 120 * (Math.cos(angle) - 1), start.y + 120 * Math.sin(angle));
    const stats = await page.evaluate(stopFrameCounter);
    await page.mouse.up();
    if (stats.movedFrames === 0) throw new Error(`${title}: the drag did not pan the image`);
    const fps = stats.movedFrames / stats.seconds;
    log(
      `${title} at ${zoom}×: ${moves} mouse moves, ${stats.frames} frames in ${stats.seconds.toFixed(2)} s (${(stats.frames / stats.seconds).toFixed(1)}/s), image moved in ${stats.movedFrames} (${fps.toFixed(1)} fps), worst gap ${ms(stats.worstGapMs)}`,
    );
    return { ...stats, fps, rafPerSecond: stats.frames / stats.seconds };
  } finally {
    await context.close();
  }
}

/**
 * 3: panning a zoomed image with 500 rectangles. The frame rate counts the frames that showed
 * the image moved: animation frames in which nothing new was drawn are not panning frames.
 * The same drag over the image without rectangles shows what this machine and driver reach.
 */
async function imagePan(app: EditorApp): Promise<BenchRow[]> {
  const task = imageTask();
  const name = `pan a zoomed image with ${IMAGE.rectangles} rectangles for ${PAN_MS / 1000} s`;
  const r = await panImage(app, 'Editor bench: image', task, IMAGE.rectangles);
  const bare = await panImage(app, 'Editor bench: image, no regions', { data: task.data }, 0);
  return [
    row({
      case: `${name} (fps: frames that moved the image)`,
      margin: r.fps,
      unit: 'fps',
      target: '≥ 50 fps',
      pass: r.fps >= 50,
      lowerIsBetter: false,
    }),
    row({
      case: `${name}: animation frames per second (moved or not)`,
      margin: r.rafPerSecond,
      unit: 'fps',
      target: 'report',
      pass: true,
      lowerIsBetter: false,
    }),
    row({
      case: `${name}: worst frame gap (ms)`,
      margin: r.worstGapMs,
      unit: 'ms',
      target: 'report',
      pass: true,
    }),
    row({
      case: 'same pan without rectangles, for reference (fps: frames that moved the image)',
      margin: bare.fps,
      unit: 'fps',
      target: 'report',
      pass: true,
      lowerIsBetter: false,
    }),
  ];
}

/** The /assets/ JavaScript and CSS files a page requested while loading. */
async function assetsLoadedBy(
  context: BrowserContext,
  url: string,
  ready: (page: Page) => Promise<void>,
): Promise<Set<string>> {
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('response', (res) => {
    const { pathname } = new URL(res.url());
    if (pathname.startsWith('/assets/') && /\.(js|css)$/.test(pathname)) files.add(pathname);
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await page.close();
  return files;
}

const gzipKb = (files: Iterable<string>) => {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(path.join(DIST_CLIENT, file))).length;
  return bytes / 1000;
};

/** 4: what the labeling route costs to load, gzipped (kB = 1,000 bytes, as Vite reports). */
async function bundleSize(app: EditorApp): Promise<BenchRow[]> {
  const { projectId, taskIds } = await app.project(
    'Editor bench: bundle',
    fixtureText('configs/ner.xml'),
    [{ data: { text: 'Ada Lovelace wrote the first program in London.' } }],
  );
  const taskId = taskIds[0];
  if (taskId === undefined) throw new Error('the bundle task was not imported');
  // A fresh context (empty cache) for each page, so each one's list is complete.
  const load = async (url: string, ready: (page: Page) => Promise<void>) => {
    const context = await app.signedInContext();
    try {
      return await assetsLoadedBy(context, url, ready);
    } finally {
      await context.close();
    }
  };
  const labeling = await load(labelingUrl(app, projectId, taskId), (page) =>
    page.locator(TEXT_ROW).first().waitFor(),
  );
  const projects = await load(`${app.url}/projects`, (page) =>
    page.getByRole('link', { name: 'Editor bench: bundle', exact: true }).waitFor(),
  );
  const own = [...labeling].filter((f) => !projects.has(f));
  const all = gzipKb(labeling);
  const ownKb = gzipKb(own);
  log(
    `labeling page loads ${labeling.size} files (${all.toFixed(1)} kB gzip): ${[...labeling].join(' ')}`,
  );
  log(`its own chunks: ${own.length} files (${ownKb.toFixed(1)} kB gzip): ${own.join(' ')}`);
  return [
    // The whole cold load, shared app shell included: React, React Router, zod and TanStack
    // Query alone come to about 136 kB of it, so the budget applies to the route's own code.
    row({
      case: `labeling page: all JS + CSS of a cold load, app shell included (kB gzip, ${labeling.size} files)`,
      margin: all,
      unit: 'kB',
      target: 'report',
      pass: true,
    }),
    row({
      case: `labeling route's own chunks, not loaded by /projects (kB gzip, ${own.length} files)`,
      margin: ownKb,
      unit: 'kB',
      target: '≤ 150 kB',
      pass: ownKb <= 150,
    }),
  ];
}

/** A measurement that throws becomes a failed row, so the others still report. */
async function guarded(name: string, measure: () => Promise<BenchRow[]>): Promise<BenchRow[]> {
  try {
    return await measure();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    log(`${name} failed: ${message}`);
    const first = message.split('\n')[0] ?? '';
    return [
      row({
        case: `${name}: failed (${first.slice(0, 160)})`,
        margin: NaN,
        unit: '',
        target: '—',
        pass: false,
      }),
    ];
  }
}

export async function run(): Promise<BenchRow[]> {
  const app = await startEditorApp();
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'margin-bench-editor-data-'));
  try {
    return [
      ...(await guarded('big document', () => bigDocument(app, tmpDir))),
      ...(await guarded('image pan', () => imagePan(app))),
      ...(await guarded('bundle size', () => bundleSize(app))),
    ];
  } finally {
    await app.stop();
    rmSync(tmpDir, { recursive: true, force: true });
  }
}
