import { describe, expect, it } from 'vitest';
import { createActivityClock, toLeadSeconds, updatedLeadTime } from './lead-time';

type Step =
  | ['input', number]
  | ['hidden', number]
  | ['visible', number]
  | ['take', number, number]
  | ['peek', number, number];

const IDLE = 60_000;

const cases: { name: string; steps: Step[] }[] = [
  { name: 'nothing counts before the first input', steps: [['take', 30_000, 0]] },
  {
    name: 'time after an input counts up to now',
    steps: [
      ['input', 1_000],
      ['take', 11_000, 10_000],
    ],
  },
  {
    name: 'inputs inside the idle window extend one span',
    steps: [
      ['input', 0],
      ['input', 50_000],
      ['input', 100_000],
      ['take', 120_000, 120_000],
    ],
  },
  {
    name: 'no input for the idle window stops the clock at last input + idle',
    steps: [
      ['input', 0],
      ['take', 300_000, 60_000],
      ['take', 400_000, 0],
    ],
  },
  {
    name: 'an input after an idle pause starts a new span',
    steps: [
      ['input', 0],
      ['input', 200_000],
      ['take', 210_000, 70_000],
    ],
  },
  {
    name: 'hiding the tab stops the clock immediately',
    steps: [
      ['input', 0],
      ['hidden', 5_000],
      ['take', 50_000, 5_000],
    ],
  },
  {
    name: 'becoming visible does not resume; the next input does',
    steps: [
      ['input', 0],
      ['hidden', 5_000],
      ['visible', 20_000],
      ['peek', 40_000, 5_000],
      ['input', 40_000],
      ['take', 43_000, 8_000],
    ],
  },
  {
    name: 'take resets the count but keeps an active span running',
    steps: [
      ['input', 0],
      ['take', 10_000, 10_000],
      ['take', 25_000, 15_000],
      ['take', 100_000, 35_000],
    ],
  },
  {
    name: 'peek does not reset',
    steps: [
      ['input', 0],
      ['peek', 4_000, 4_000],
      ['peek', 6_000, 6_000],
      ['take', 7_000, 7_000],
    ],
  },
  {
    name: 'a clock stepping backwards never counts negative time',
    steps: [
      ['input', 10_000],
      ['take', 5_000, 0],
    ],
  },
];

describe('createActivityClock', () => {
  it.each(cases)('$name', ({ steps }) => {
    const clock = createActivityClock({ idleMs: IDLE });
    for (const step of steps) {
      if (step[0] === 'take') expect(clock.take(step[1])).toBe(step[2]);
      else if (step[0] === 'peek') expect(clock.peek(step[1])).toBe(step[2]);
      else clock[step[0]](step[1]);
    }
  });

  it('reports whether time is counting', () => {
    const clock = createActivityClock({ idleMs: IDLE });
    expect(clock.isActive(0)).toBe(false);
    clock.input(0);
    expect(clock.isActive(59_999)).toBe(true);
    expect(clock.isActive(60_000)).toBe(false);
  });
});

describe('lead time seconds', () => {
  it.each([
    [1234, 1.234],
    [0.4, 0],
    [-5, 0],
  ])('%d ms → %d s', (ms, seconds) => {
    expect(toLeadSeconds(ms)).toBe(seconds);
  });

  it.each([
    [null, 12.5, 12.5],
    [30.25, 4.5, 34.75],
    [0.1, 0.2, 0.3],
    [10, -3, 10],
  ])('update from %s plus %d s sends %d s', (previous, active, total) => {
    expect(updatedLeadTime(previous, active)).toBe(total);
  });
});
