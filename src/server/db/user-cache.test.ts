import { describe, expect, it, vi } from 'vitest';
import { forgetCachedUsers, TokenCache } from './user-cache';

describe('TokenCache', () => {
  it('answers a repeated token from memory until a write to users', async () => {
    const cache = new TokenCache<{ id: number }>();
    const load = vi.fn(() => Promise.resolve({ id: 1 }));
    expect(await cache.lookup('t', load)).toEqual({ id: 1 });
    expect(await cache.lookup('t', load)).toEqual({ id: 1 });
    expect(load).toHaveBeenCalledTimes(1);
    forgetCachedUsers();
    await cache.lookup('t', load);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('never keeps a row read before a write that finished while the read was in flight', async () => {
    const cache = new TokenCache<{ token: string }>();
    let release!: (u: { token: string }) => void;
    const slow = cache.lookup('old', () => new Promise((r) => (release = r)));
    forgetCachedUsers(); // e.g. the token was reset meanwhile
    release({ token: 'old' });
    expect(await slow).toEqual({ token: 'old' });
    const load = vi.fn(() => Promise.resolve(undefined));
    expect(await cache.lookup('old', load)).toBeUndefined();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not remember unknown tokens, and expires entries after a few seconds', async () => {
    vi.useFakeTimers();
    try {
      const cache = new TokenCache<{ id: number }>();
      const miss = vi.fn(() => Promise.resolve(undefined));
      await cache.lookup('nobody', miss);
      await cache.lookup('nobody', miss);
      expect(miss).toHaveBeenCalledTimes(2);
      const load = vi.fn(() => Promise.resolve({ id: 2 }));
      await cache.lookup('t', load);
      vi.advanceTimersByTime(6_000);
      await cache.lookup('t', load);
      expect(load).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
