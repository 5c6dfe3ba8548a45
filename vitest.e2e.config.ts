import { defineConfig } from 'vitest/config';

/** Browser tests: the built app and server, driven in Debian's Chromium (npm run test:e2e). */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/e2e.json' }]]
      : ['default'],
  },
});
