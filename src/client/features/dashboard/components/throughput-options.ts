import type uPlot from 'uplot';

const DAY_SECONDS = 86_400;

/** A design token's value, read when the chart is drawn (charts paint on canvas, not CSS). */
function token(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export const SERIES_COLORS = {
  submitted: () => token('--color-accent', '#4f46e5'),
  skipped: () => token('--color-text-subtle', '#71717a'),
};

/** Whole numbers only on the count axis: half an annotation means nothing. */
const COUNT_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4, 2e4, 5e4, 1e5, 1e6];

/**
 * Options for the per-day chart: two bars per UTC day (submitted left, skipped right), a time
 * axis in UTC so the days match the server's buckets, counts from zero.
 */
export function throughputOptions(
  lib: typeof uPlot,
  size: { width: number; height: number },
  onHover: (index: number | null) => void,
): uPlot.Options {
  // Both series are bars, side by side around their day (uPlot always ships the bars builder).
  const bars = (align: -1 | 1) => {
    const paths = lib.paths.bars?.({ size: [0.42, 28], align, gap: 1 });
    return paths ? { paths } : {};
  };
  const axis = {
    stroke: token('--color-text-muted', '#52525b'),
    grid: { stroke: token('--color-border', '#e4e4e7'), width: 1 },
    ticks: { stroke: token('--color-border', '#e4e4e7'), width: 1 },
    font: '12px system-ui, sans-serif',
  };
  return {
    width: size.width,
    height: size.height,
    legend: { show: false },
    cursor: { y: false, points: { show: false }, drag: { x: false, y: false } },
    tzDate: (ts) => lib.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    scales: {
      x: {
        time: true,
        range: (_u, min, max) => [min - DAY_SECONDS / 2, max + DAY_SECONDS / 2],
      },
      y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.1))] },
    },
    axes: [
      { ...axis, grid: { show: false } },
      { ...axis, incrs: COUNT_STEPS, size: 48 },
    ],
    series: [
      {},
      {
        label: 'Submitted',
        fill: SERIES_COLORS.submitted(),
        stroke: SERIES_COLORS.submitted(),
        width: 0,
        ...bars(-1),
        points: { show: false },
      },
      {
        label: 'Skipped',
        fill: SERIES_COLORS.skipped(),
        stroke: SERIES_COLORS.skipped(),
        width: 0,
        ...bars(1),
        points: { show: false },
      },
    ],
    hooks: { setCursor: [(u) => onHover(u.cursor.idx ?? null)] },
  };
}
