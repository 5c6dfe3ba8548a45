import { describe, expect, it } from 'vitest';
import { MEDIAN, P90, percentile, percentilePositions } from './percentiles';

/** The reference: every value known, sorted, interpolated like percentile_cont. */
function reference(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = p * (sorted.length - 1);
  const lo = sorted[Math.floor(pos)]!;
  const hi = sorted[Math.ceil(pos)]!;
  return lo + (hi - lo) * (pos - Math.floor(pos));
}

const positions = (values: number[]) =>
  new Map([...values].sort((a, b) => a - b).map((v, i) => [i, v]));

describe('percentile', () => {
  it.each([
    [[7], 7, 7],
    [[10, 20], 15, 19],
    [[1, 2, 3, 4], 2.5, 3.7],
    [[5, 1, 9, 3, 7], 5, 8.2],
  ])('of %j: median %d, p90 %d', (values, median, p90) => {
    expect(percentile(positions(values), values.length, MEDIAN)).toBeCloseTo(median);
    expect(percentile(positions(values), values.length, P90)).toBeCloseTo(p90);
  });

  it('agrees with the reference for every count up to 60', () => {
    for (let n = 1; n <= 60; n++) {
      const values = Array.from({ length: n }, (_, i) => (i * 37) % 101);
      expect(percentile(positions(values), n, MEDIAN)).toBeCloseTo(reference(values, 0.5));
      expect(percentile(positions(values), n, P90)).toBeCloseTo(reference(values, 0.9));
    }
  });

  it('names the positions SQL picks: floor and ceiling of p·(n−1)', () => {
    expect(percentilePositions(11, P90)).toEqual({ lower: 9, upper: 9, weight: 0 });
    expect(percentilePositions(12, P90)).toEqual({ lower: 9, upper: 10, weight: 0.9 });
    expect(percentilePositions(4, MEDIAN)).toEqual({ lower: 1, upper: 2, weight: 0.5 });
  });

  it('is null without values or when a position is missing', () => {
    expect(percentile(new Map(), 0, MEDIAN)).toBeNull();
    expect(percentile(new Map([[0, 1]]), 3, MEDIAN)).toBeNull();
  });
});
