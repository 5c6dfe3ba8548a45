import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const serverTest = (db: 'sqlite' | 'postgres') => ({
  extends: true as const,
  test: {
    name: `api-${db}`,
    include: ['src/server/**/*.test.ts'],
    environment: 'node' as const,
    env: { MARGIN_TEST_DB: db },
    ...(db === 'postgres' ? { globalSetup: ['test/setup/postgres-global.ts'] } : {}),
  },
});

// The shared fixtures beside the project, as given and as resolved: Vite checks a file's real
// path, so a ../shared that is a symlink must be allowed where it points too.
const shared = path.resolve(import.meta.dirname, '../shared');
const sharedDirs = existsSync(shared) ? [shared, realpathSync(shared)] : [shared];

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
  server: {
    proxy: { '/api': 'http://localhost:8080' },
    // Component tests read the shared fixtures beside the project (../shared/fixtures).
    fs: { allow: ['.', ...sharedDirs] },
  },
  // The client build goes to dist/client; `vite build --ssr` bundles the server to dist/server.
  build: { outDir: 'dist/client', sourcemap: true, copyPublicDir: !isSsrBuild },
  test: {
    maxWorkers: 2,
    // In CI a JSON report is kept as well, summed by .ci/summary.mjs into one closing line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/node.json' }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/shared/**/*.test.ts'], environment: 'node' },
      },
      serverTest('sqlite'),
      serverTest('postgres'),
      {
        extends: true,
        test: {
          name: 'client',
          include: ['src/client/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['test/setup/dom.ts'],
        },
      },
    ],
  },
}));
