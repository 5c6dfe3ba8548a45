import type { ControlDistribution } from '../../../shared/api/dashboard';
import type { LabelConfig } from '../../../shared/label-config/parse';
import type { Q } from '../../db/connect';
import { resultBatch, type DashboardWindow } from '../../db/dashboard';
import { itemParts, valueCounterOf, type ValueCounter } from './label-values';

const BATCH = 500;

interface Tally {
  tag: string;
  counter: ValueCounter;
  counts: Map<string, number>;
}

/**
 * Per labelled control, how often the window's submitted results chose each value (a region
 * or a classification counts once per value it carries).
 *
 * Cost: results are JSON text whose shape only the config explains, so they are read in keyset
 * batches of BATCH and parsed here, keeping a count per (control, value): memory is one batch
 * plus the distinct values, whatever the project's size, but time is linear in the bytes of
 * results in the window (roughly a second per few hundred thousand small results). Between
 * batches the event loop gets a turn, so other requests are not held up meanwhile.
 */
export async function labelDistribution(
  db: Q,
  window: DashboardWindow,
  config: LabelConfig,
): Promise<ControlDistribution[]> {
  const tallies = new Map<string, Tally>();
  for (const [name, control] of config.controls) {
    const counter = valueCounterOf(control);
    if (counter) tallies.set(name, { tag: control.tag, counter, counts: new Map() });
  }
  if (tallies.size > 0) {
    for (let after = 0; ;) {
      const rows = await resultBatch(db, window, after, BATCH);
      for (const row of rows) if (row.result !== null) countResult(row.result, tallies);
      const last = rows[rows.length - 1];
      if (!last || rows.length < BATCH) break;
      after = last.id;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return [...tallies].map(([name, { tag, counter, counts }]) => ({
    control: name,
    tag,
    values: ordered(counter.declared, counts),
  }));
}

function countResult(text: string, tallies: ReadonlyMap<string, Tally>): void {
  let result: unknown;
  try {
    result = JSON.parse(text);
  } catch {
    return; // Stored results are validated JSON; a damaged row must not sink the whole page.
  }
  if (!Array.isArray(result)) return;
  for (const entry of result) {
    const item = itemParts(entry);
    const tally = item && tallies.get(item.fromName);
    if (!item || !tally) continue;
    for (const value of tally.counter.read(item)) {
      tally.counts.set(value, (tally.counts.get(value) ?? 0) + 1);
    }
  }
}

/** Declared values first in config order (zeros included), then any others, most used first. */
function ordered(declared: readonly string[], counts: ReadonlyMap<string, number>) {
  const known = new Set(declared);
  const others = [...counts]
    .filter(([value]) => !known.has(value))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [
    ...declared.map((value) => ({ value, count: counts.get(value) ?? 0 })),
    ...others.map(([value, count]) => ({ value, count })),
  ];
}
