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

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://localhost:8080' } },
  build: { outDir: 'dist/client', sourcemap: true },
  ssr: { noExternal: [] },
  test: {
    maxWorkers: 2,
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
});
