/**
 * `npm run bench [-- <suite>...] [--db sqlite|postgres]` — suites: label-config, api, import,
 * export, stream, task-list, editor (default: all). `editor` drives the built app in Chromium
 * (run `npm run build` first; `--db` does not apply to it). Writes bench/results/bench-<time>.json
 * and bench/results/latest.md, and exits non-zero when a target is missed.
 */
import type { BenchRow } from './report';
import { writeReport } from './report';

type Db = 'sqlite' | 'postgres';

async function labelConfig(): Promise<BenchRow[]> {
  const { run } = await import('./label-config.bench');
  return (await run()).map((r) => ({
    case: r.name,
    db: '—',
    margin: r.value,
    baseline: null,
    unit: r.unit,
    target: '< 50 ms',
    pass: r.value < 50,
    lowerIsBetter: true,
  }));
}

/** Each suite loads lazily, so running one does not load (or seed) the others. */
const SUITES: Record<string, (dbs: Db[]) => Promise<BenchRow[]>> = {
  'label-config': () => labelConfig(),
  api: async (dbs) => (await import('./api.bench')).run(dbs),
  import: async (dbs) => (await import('./import.bench')).run(dbs),
  export: async (dbs) => (await import('./export.bench')).run(dbs),
  stream: async (dbs) => (await import('./stream.bench')).run(dbs),
  'task-list': async (dbs) => (await import('./task-list.bench')).run(dbs),
  editor: async () => (await import('./editor.bench')).run(),
};

const args = process.argv.slice(2);
const dbArg = args.includes('--db') ? args[args.indexOf('--db') + 1] : undefined;
const wanted = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--db');
const unknown = wanted.filter((w) => !(w in SUITES));
if (unknown.length) {
  console.error(
    `Unknown suite(s): ${unknown.join(', ')}. Suites: ${Object.keys(SUITES).join(', ')}`,
  );
  process.exit(2);
}
const dbs = (dbArg ? [dbArg] : ['sqlite', 'postgres']) as Db[];

const rows: BenchRow[] = [];
for (const [name, suite] of Object.entries(SUITES)) {
  if (wanted.length === 0 || wanted.includes(name)) rows.push(...(await suite(dbs)));
}
process.stdout.write(writeReport(rows));
process.exit(rows.every((r) => r.pass) ? 0 : 1);
