// Test-only: the shared fixtures (../shared/fixtures), loaded as raw text through Vite's glob so
// src/shared tests need no node:fs. Keys are file names (`ner.xml`).

const raw = (files: Record<string, string>): Map<string, string> =>
  new Map(
    Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]),
  );

export const fixtureConfigs = raw(
  import.meta.glob<string>('../../../../shared/fixtures/configs/*.xml', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);
export const fixtureTasks = raw(
  import.meta.glob<string>('../../../../shared/fixtures/tasks/*.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);
export const fixtureInvalid = raw(
  import.meta.glob<string>('../../../../shared/fixtures/invalid/*.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
);

export interface FixtureTask {
  data: Record<string, unknown>;
  annotations?: { result: unknown; was_cancelled?: boolean }[];
  predictions?: { result: unknown }[];
}

export interface InvalidFixture {
  config: string;
  data: Record<string, unknown>;
  result: unknown;
  why: string;
  field: string;
}
