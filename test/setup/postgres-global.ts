import type { TestProject } from 'vitest/node';
import { startPostgres } from './embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    pgTemplateUrl: string;
  }
}

/** One PostgreSQL cluster for the whole run; each test file creates its own database in it. */
export default async function setup(project: TestProject) {
  const pg = await startPostgres();
  project.provide('pgTemplateUrl', pg.url('postgres'));
  return async () => {
    await pg.stop();
  };
}
