import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BenchRow {
  case: string;
  db: string;
  margin: number;
  /** Measured in the same run; null for cases with an absolute target only. */
  baseline: number | null;
  unit: string;
  target: string;
  pass: boolean;
  lowerIsBetter?: boolean;
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));

/** Margin ÷ baseline, oriented so that > 1 always means Margin is better. */
export function ratio(r: BenchRow): number | null {
  if (r.baseline === null || r.baseline === 0 || r.margin === 0) return null;
  const lower = r.lowerIsBetter ?? r.unit === 'ms';
  return lower ? r.baseline / r.margin : r.margin / r.baseline;
}

export function writeReport(rows: BenchRow[], dir = 'bench/results'): string {
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
  writeFileSync(
    path.join(dir, `bench-${stamp}.json`),
    JSON.stringify({ at: new Date().toISOString(), machine, rows }, null, 2),
  );
  const lines = [
    `# Benchmark results — ${new Date().toISOString()}`,
    '',
    `Machine: ${machine}. Ratio = Margin ÷ baseline, oriented so that above 1 means Margin is better.`,
    '',
    '| case | db | Margin | baseline | ratio | target | pass |',
    '|---|---|---:|---:|---:|---|---|',
    ...rows.map((r) => {
      const q = ratio(r);
      return `| ${r.case} | ${r.db} | ${fmt(r.margin)} ${r.unit} | ${r.baseline === null ? '—' : `${fmt(r.baseline)} ${r.unit}`} | ${q === null ? '—' : q.toFixed(2)} | ${r.target} | ${r.pass ? 'yes' : '**no**'} |`;
    }),
  ];
  const md = `${lines.join('\n')}\n`;
  writeFileSync(path.join(dir, 'latest.md'), md);
  return md;
}
