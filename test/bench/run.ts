/**
 * `npm run bench [-- <suite>...] [--db sqlite|postgres]`: suites `api` and `label-config`
 * (default: all). Writes bench/results/bench-<time>.json and bench/results/latest.md.
 */
import { run as runApi } from './api.bench';
import { writeReport, type BenchRow } from './report';

const args = process.argv.slice(2);
const dbArg = args.includes('--db') ? args[args.indexOf('--db') + 1] : undefined;
const suites = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--db');
const want = (name: string) => suites.length === 0 || suites.includes(name);
const dbs = (dbArg ? [dbArg] : ['sqlite', 'postgres']) as ('sqlite' | 'postgres')[];

const rows: BenchRow[] = [];
if (want('label-config')) {
  const { run } = await import('./label-config.bench');
  const results = await run();
  for (const r of results) {
    rows.push({
      case: r.name,
      db: '—',
      margin: r.value,
      baseline: null,
      unit: r.unit,
      target: '< 50 ms',
      pass: r.value < 50,
      lowerIsBetter: true,
    });
  }
}
if (want('api')) rows.push(...(await runApi(dbs)));
process.stdout.write(writeReport(rows));
process.exit(rows.every((r) => r.pass) ? 0 : 1);
