/**
 * Percentiles as PostgreSQL's `percentile_cont` defines them: the value at position p·(n−1)
 * of the sorted values, interpolated between its two neighbours. p is a fraction num/den so
 * the positions are exact integers, matching the ones db/dashboard.ts asks SQL for.
 */
export interface Fraction {
  num: number;
  den: number;
}

export const MEDIAN: Fraction = { num: 1, den: 2 };
export const P90: Fraction = { num: 9, den: 10 };

/** The two positions (0-based) the percentile lies between, and how far along. */
export function percentilePositions(count: number, p: Fraction) {
  const scaled = p.num * (count - 1);
  const lower = Math.floor(scaled / p.den);
  const rest = scaled - lower * p.den;
  return { lower, upper: rest === 0 ? lower : lower + 1, weight: rest / p.den };
}

/** The percentile from the values at its positions; null without values or a missing one. */
export function percentile(
  valueAt: ReadonlyMap<number, number>,
  count: number,
  p: Fraction,
): number | null {
  if (count <= 0) return null;
  const { lower, upper, weight } = percentilePositions(count, p);
  const low = valueAt.get(lower);
  const high = valueAt.get(upper);
  if (low === undefined || high === undefined) return null;
  return low + (high - low) * weight;
}
