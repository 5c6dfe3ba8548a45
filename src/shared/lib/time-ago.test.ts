import { describe, expect, it } from 'vitest';
import { timeAgo } from './time-ago';

const NOW = Date.parse('2024-06-18T12:00:00Z');
const ago = (s: number) => timeAgo(new Date(NOW - s * 1000).toISOString(), NOW);

describe('timeAgo', () => {
  it.each([
    [0, '0\u00a0minutes'],
    [59, '0\u00a0minutes'],
    [60, '1\u00a0minute'],
    [125, '2\u00a0minutes'],
    [3600 + 120, '1\u00a0hour, 2\u00a0minutes'],
    [2 * 86400 + 3 * 3600, '2\u00a0days, 3\u00a0hours'],
    [8 * 86400, '1\u00a0week, 1\u00a0day'],
    [400 * 86400, '1\u00a0year, 1\u00a0month'],
  ])('%i seconds → %j', (seconds, expected) => {
    expect(ago(seconds)).toBe(expected);
  });

  it('never goes negative for clocks slightly ahead', () => {
    expect(timeAgo(new Date(NOW + 5000).toISOString(), NOW)).toBe('0\u00a0minutes');
  });
});
