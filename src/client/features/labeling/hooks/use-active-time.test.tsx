import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../../../test/setup/render';
import { readActiveSeconds } from '../stores/draft-store';
import { readLeadTime, useActiveTime } from './use-active-time';

function Task({ taskId }: { taskId: number }) {
  useActiveTime(taskId);
  return <input aria-label="Notes" />;
}

let visibility: DocumentVisibilityState = 'visible';
function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms));

function setup(taskId: number) {
  const view = renderWithProviders(<Task taskId={taskId} />);
  // No delays between keystrokes: the clock is fake and only moves when the test says so.
  const user = userEvent.setup({ delay: null });
  return { ...view, user };
}

beforeEach(() => {
  // setTimeout stays real: Testing Library flushes user events with it.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useActiveTime', () => {
  it('counts from opening the task and banks the time every second', () => {
    setup(101);
    advance(10_000);
    expect(readActiveSeconds(101)).toBe(10);
    advance(500);
    expect(readLeadTime(101)).toBe(10.5);
  });

  it('stops counting 60 s after the last input, and resumes on the next one', async () => {
    const { user } = setup(102);
    advance(20_000);
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'a');
    advance(300_000);
    expect(readLeadTime(102)).toBe(80);
    await user.click(screen.getByRole('textbox', { name: 'Notes' }));
    advance(5_000);
    expect(readLeadTime(102)).toBe(85);
  });

  it('pauses at once when the tab is hidden and waits for input after it is shown', async () => {
    const { user } = setup(103);
    advance(4_000);
    setVisibility('hidden');
    advance(30_000);
    setVisibility('visible');
    advance(10_000);
    expect(readLeadTime(103)).toBe(4);
    await user.keyboard('x');
    advance(6_000);
    expect(readLeadTime(103)).toBe(10);
  });

  it('banks the unflushed part on pagehide', () => {
    setup(104);
    advance(1_700);
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(readActiveSeconds(104)).toBe(1.7);
    advance(10_000);
    expect(readLeadTime(104)).toBe(1.7);
  });

  it('adds up across a remount, as after a reload', () => {
    const first = setup(105);
    advance(7_300);
    first.unmount();
    expect(readActiveSeconds(105)).toBe(7.3);
    advance(60_000);
    setup(105);
    advance(2_000);
    expect(readLeadTime(105)).toBe(9.3);
  });
});
