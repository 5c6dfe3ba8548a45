// Measurements taken inside the page, with the page's own clock (`performance.now()`, whose 0 is
// the navigation start). Every function here is serialized by playwright and run in the page:
// it may use only its argument and browser globals.

export interface LoadTiming {
  /** A row of the editor's text is in the DOM. */
  textAt: number;
  /** The first rAF + setTimeout probe after that which ran without waiting ≥ 50 ms. */
  interactiveAt: number;
  /** How many probes it took (1: the main thread was free right after the text appeared). */
  probes: number;
}

export interface SpanTiming {
  /** Key press → the DOM mutation adding the span. */
  mutationMs: number;
  /** Key press → two animation frames after that mutation (painted). */
  paintMs: number;
}

export interface PanStats {
  frames: number;
  seconds: number;
  worstGapMs: number;
  /** Frames in which the stage's transform had changed: the pan really moved the image. */
  movedFrames: number;
}

interface BenchWindow extends Window {
  __benchLoad?: Promise<LoadTiming>;
  __benchSpan?: Promise<SpanTiming>;
  __benchFrames?: { times: number[]; moved: number; running: boolean };
}

/** The editor's text rows (`data-offset` on the element holding a row's text). */
export const TEXT_ROW = '[data-editor-root] [data-offset]';

/**
 * Init script: from the document's creation, waits for an editor text row with text, then
 * probes with rAF + setTimeout until a probe is not held up (< 50 ms), i.e. the main thread is
 * free. The result is `window.__benchLoad`.
 */
export function installLoadProbe(selector: string): void {
  const w = window as BenchWindow;
  const LONG_MS = 50;
  const GIVE_UP_MS = 30_000;
  w.__benchLoad = new Promise<LoadTiming>((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const row = document.querySelector(selector);
      if (!row?.textContent) return;
      observer.disconnect();
      const textAt = performance.now();
      void (async () => {
        for (let probes = 1; performance.now() - textAt < GIVE_UP_MS; probes++) {
          const asked = performance.now();
          await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          const ran = performance.now();
          if (ran - asked < LONG_MS) return resolve({ textAt, interactiveAt: ran, probes });
        }
        reject(new Error(`main thread still busy ${GIVE_UP_MS} ms after the text appeared`));
      })();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  });
}

export function loadTiming(): Promise<LoadTiming> {
  const load = (window as BenchWindow).__benchLoad;
  if (!load) throw new Error('the load probe is not installed');
  return load;
}

/**
 * Selects one word (4+ letters, outside any span) in the part of the text region that is on
 * screen, and arms the measurement of the next `key` press: capture-phase keydown → the mutation
 * adding a `<mark>` with that word → two animation frames. Returns the word.
 */
export function selectWordAndArm(arg: { region: string; pick: number; key: string }): string {
  const w = window as BenchWindow;
  const region = document.querySelector(arg.region);
  if (!region) throw new Error(`no ${arg.region}`);
  const box = region.getBoundingClientRect();
  const candidates: Range[] = [];
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text) || node.parentElement?.closest('mark')) continue;
    for (const m of node.data.matchAll(/\p{L}{4,}/gu)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const r = range.getBoundingClientRect();
      if (r.width > 0 && r.top >= box.top && r.bottom <= box.bottom) candidates.push(range);
    }
  }
  const range = candidates[arg.pick % Math.max(1, candidates.length)];
  if (!range) throw new Error('no unlabeled word on screen');
  const word = range.toString();
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);

  const root = document.querySelector('[data-editor-root]');
  if (!root) throw new Error('no [data-editor-root]');
  w.__benchSpan = new Promise<SpanTiming>((resolve, reject) => {
    let keyAt = -1;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === arg.key && keyAt < 0) keyAt = performance.now();
    };
    const isNewMark = (n: Node) =>
      n instanceof Element &&
      [n, ...n.querySelectorAll('mark')].some((m) => m.matches('mark') && m.textContent === word);
    const observer = new MutationObserver((records) => {
      if (keyAt < 0 || !records.some((r) => [...r.addedNodes].some(isNewMark))) return;
      const mutationMs = performance.now() - keyAt;
      done();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => resolve({ mutationMs, paintMs: performance.now() - keyAt })),
      );
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no span for "${word}" within 5 s of pressing "${arg.key}"`));
    }, 5_000);
    const done = () => {
      clearTimeout(timer);
      observer.disconnect();
      window.removeEventListener('keydown', onKey, { capture: true });
    };
    window.addEventListener('keydown', onKey, { capture: true });
    observer.observe(root, { childList: true, subtree: true });
  });
  return word;
}

export function spanTiming(): Promise<SpanTiming> {
  const span = (window as BenchWindow).__benchSpan;
  if (!span) throw new Error('the span probe is not armed');
  return span;
}

/**
 * A point over the image overlay, near the viewport's centre, with no region or handle under
 * it: a drag starting there pans in the select tool.
 */
export function emptyImagePoint(stageSelector: string): { x: number; y: number } | null {
  const stage = document.querySelector(stageSelector);
  const viewport = stage?.parentElement;
  const overlay = stage?.querySelector('svg');
  if (!viewport || !overlay) return null;
  const r = viewport.getBoundingClientRect();
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  for (let radius = 0; radius < Math.min(r.width, r.height) / 2; radius += 8) {
    for (let a = 0; a < 16; a++) {
      const x = cx + radius * Math.cos((a * Math.PI) / 8);
      const y = cy + radius * Math.sin((a * Math.PI) / 8);
      const hit = document.elementFromPoint(x, y);
      if (hit && overlay.contains(hit) && !hit.closest('[data-region-id], [data-handle]'))
        return { x, y };
    }
  }
  return null;
}

/** Starts counting animation frames, noting in which ones the image moved (scroll or zoom). */
export function startFrameCounter(stageSelector: string): void {
  const w = window as BenchWindow;
  const stage = document.querySelector<HTMLElement>(stageSelector);
  const state = { times: [] as number[], moved: 0, running: true };
  w.__benchFrames = state;
  const viewport = stage?.parentElement;
  const placement = () =>
    stage && viewport ? `${viewport.scrollLeft} ${viewport.scrollTop} ${stage.style.scale}` : '';
  let last = placement();
  const tick = (t: number) => {
    if (!state.running) return;
    state.times.push(t);
    const now = placement();
    if (now !== last) state.moved++;
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export function stopFrameCounter(): PanStats {
  const state = (window as BenchWindow).__benchFrames;
  if (!state) throw new Error('the frame counter is not running');
  state.running = false;
  const { times } = state;
  let worst = 0;
  for (let i = 1; i < times.length; i++)
    worst = Math.max(worst, (times[i] ?? 0) - (times[i - 1] ?? 0));
  const first = times[0] ?? 0;
  const last = times.at(-1) ?? 0;
  return {
    frames: Math.max(0, times.length - 1),
    seconds: (last - first) / 1000,
    worstGapMs: worst,
    movedFrames: state.moved,
  };
}
