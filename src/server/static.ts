import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from 'hono';
import type { AppEnv } from './http/app-env';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** Built files are immutable for the life of the process: read each once. */
const cache = new Map<string, Promise<Buffer | null>>();

function load(file: string): Promise<Buffer | null> {
  let hit = cache.get(file);
  if (!hit) {
    hit = readFile(file).catch(() => null);
    cache.set(file, hit);
  }
  return hit;
}

export async function sendFile(
  file: string,
  headers: Record<string, string> = {},
): Promise<Response | null> {
  const body = await load(file);
  if (!body) return null;
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  return new Response(new Uint8Array(body), { headers: { 'content-type': type, ...headers } });
}

/**
 * The built SPA: files under the client dir, and index.html for every other GET so the
 * client router owns deep links. Paths never escape the client dir.
 */
export async function serveClient(c: Context<AppEnv>): Promise<Response> {
  const root = c.get('deps').config.clientDir;
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.text('Not found', 404);
  const rel = decodeURIComponent(c.req.path).replace(/^\/+/, '');
  const file = path.resolve(root, rel);
  if (rel && file.startsWith(root + path.sep)) {
    const immutable = rel.startsWith('assets/')
      ? { 'cache-control': 'public, max-age=31536000, immutable' }
      : {};
    const hit = await sendFile(file, immutable);
    if (hit) return hit;
    if (path.extname(rel)) return c.text('Not found', 404);
  }
  const index = await sendFile(path.join(root, 'index.html'), { 'cache-control': 'no-cache' });
  return index ?? c.text('The web app is not built. Run `npm run build`.', 503);
}
