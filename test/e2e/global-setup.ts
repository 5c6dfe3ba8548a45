import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServerProcess } from '../setup/server-process';
import { E2E_ADMIN } from './admin';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** The built server (`npm run build` ran first) on a fresh data dir, with the demo projects. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'margin-e2e-'));
  const server = await startServerProcess(
    {
      MARGIN_DATA_DIR: dataDir,
      MARGIN_DEMO: '1',
      MARGIN_ADMIN_EMAIL: E2E_ADMIN.email,
      MARGIN_ADMIN_PASSWORD: E2E_ADMIN.password,
      MARGIN_ADMIN_TOKEN: E2E_ADMIN.token,
    },
    'dist/server/main.js',
  );
  project.provide('baseUrl', server.url);
  return async () => {
    await server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
