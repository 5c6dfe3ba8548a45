// The built app for the editor benchmark: checks that `npm run build` ran, starts
// `dist/server/main.js` on a fresh data dir, and offers the admin's API and a signed-in browser.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from '../e2e/browser';
import { startServerProcess, type ServerProcess } from '../setup/server-process';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_CLIENT = path.join(ROOT, 'dist/client');
const DIST_SERVER = path.join(ROOT, 'dist/server/main.js');

export const BENCH_ADMIN = {
  email: 'admin@bench.example.org',
  password: 'bench-admin-password',
  token: 'bench000000000000000000000000000000000001',
};

/** The /assets/ files dist/client/index.html loads; throws when the build is missing. */
export function checkBuild(): string[] {
  const index = path.join(DIST_CLIENT, 'index.html');
  const hint = 'The editor benchmark runs the built app: run `npm run build` first.';
  if (!existsSync(index) || !existsSync(DIST_SERVER))
    throw new Error(`${hint} (dist/client/index.html or dist/server/main.js is missing)`);
  const assets = [...readFileSync(index, 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)]
    .map((m) => m[1])
    .filter((a): a is string => a !== undefined);
  const missing = assets.filter((a) => !existsSync(path.join(DIST_CLIENT, a)));
  if (assets.length === 0 || missing.length > 0)
    throw new Error(`${hint} (dist/client/index.html refers to missing ${missing.join(', ')})`);
  const built = statSync(index).mtimeMs;
  const newer = newestSource(path.join(ROOT, 'src/client'));
  if (newer && newer.mtimeMs > built)
    process.stderr.write(
      `[editor] warning: ${path.relative(ROOT, newer.file)} is newer than dist/client — the build may be stale\n`,
    );
  return assets;
}

function newestSource(dir: string): { file: string; mtimeMs: number } | null {
  let best: { file: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(tsx?|css)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name))
      continue;
    const file = path.join(entry.parentPath, entry.name);
    const { mtimeMs } = statSync(file);
    if (!best || mtimeMs > best.mtimeMs) best = { file, mtimeMs };
  }
  return best;
}

export interface EditorApp {
  url: string;
  api<T>(method: string, urlPath: string, body?: unknown): Promise<T>;
  /** A project with `tasks` imported; returns the project id and the new task ids in order. */
  project(title: string, labelConfig: string, tasks: unknown[]): Promise<ProjectFixture>;
  browser: Browser;
  /** A fresh context (empty cache) signed in as the admin. */
  signedInContext(): Promise<BrowserContext>;
  stop(): Promise<void>;
}

export interface ProjectFixture {
  projectId: number;
  taskIds: number[];
}

/**
 * tsx compiles with esbuild's keepNames, which wraps inner named functions in `__name(…)`;
 * functions passed to `page.evaluate` carry those calls into the page, so the page gets a no-op.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

const VIEWPORT = { width: 1280, height: 800 };

export async function startEditorApp(): Promise<EditorApp> {
  checkBuild();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'margin-bench-editor-'));
  let server: ServerProcess | null = null;
  let browser: Browser | null = null;
  try {
    server = await startServerProcess(
      {
        MARGIN_DATA_DIR: dataDir,
        MARGIN_DEMO: '0',
        MARGIN_ADMIN_EMAIL: BENCH_ADMIN.email,
        MARGIN_ADMIN_PASSWORD: BENCH_ADMIN.password,
        MARGIN_ADMIN_TOKEN: BENCH_ADMIN.token,
      },
      'dist/server/main.js',
    );
    browser = await launch();
  } catch (e) {
    await browser?.close();
    await server?.kill();
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  const { url } = server;
  const running = { server, browser };

  async function api<T>(method: string, urlPath: string, body?: unknown): Promise<T> {
    const res = await fetch(`${url}${urlPath}`, {
      method,
      headers: { Authorization: `Token ${BENCH_ADMIN.token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${urlPath} → ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  }

  async function newContext(storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) {
    const context = await running.browser.newContext({
      viewport: VIEWPORT,
      ...(storageState ? { storageState } : {}),
    });
    await context.addInitScript({ content: KEEP_NAMES_SHIM });
    return context;
  }

  // Sign in once through the UI; later contexts start from that session.
  const first = await newContext();
  const page = await first.newPage();
  await signIn(page, url);
  const session = await first.storageState();
  await first.close();

  return {
    url,
    api,
    browser: running.browser,
    async project(title, labelConfig, tasks) {
      const { id } = await api<{ id: number }>('POST', '/api/projects', {
        title,
        label_config: labelConfig,
      });
      const imported = await api<{ task_ids?: number[] }>(
        'POST',
        `/api/projects/${id}/import?return_task_ids=true`,
        tasks,
      );
      return { projectId: id, taskIds: imported.task_ids ?? [] };
    },
    signedInContext: () => newContext(session),
    async stop() {
      await running.browser.close();
      await running.server.kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('Email').fill(BENCH_ADMIN.email);
  await page.getByLabel('Password').fill(BENCH_ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'), { timeout: 30_000 });
}
