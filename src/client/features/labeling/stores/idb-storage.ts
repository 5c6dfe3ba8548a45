// IndexedDB behind zustand's `persist`. Drafts and the submit outbox must survive reloads and
// tab closes, and IndexedDB (unlike localStorage) has room for large results and does not
// block the main thread. It can also be missing or broken (private windows, disabled storage,
// quota, a blocked upgrade): then the page keeps working from memory rather than failing —
// work is only lost if the tab closes as well.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';

const DB_NAME = 'margin';
const STORE_NAME = 'keyval';
/** An IndexedDB that never answers (seen in some private modes) must not hold hydration up. */
const TIMEOUT_MS = 3_000;

let shared: UseStore | null | undefined;

function idbStore(): UseStore | null {
  if (shared !== undefined) return shared;
  try {
    shared = typeof indexedDB === 'undefined' ? null : createStore(DB_NAME, STORE_NAME);
  } catch {
    shared = null;
  }
  return shared;
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('IndexedDB timed out')), TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * A `StateStorage` that never throws. Every write also lands in memory, so a read after an
 * IndexedDB failure still returns this session's latest value.
 */
export function createIdbStorage(): StateStorage<Promise<void>> {
  const memory = new Map<string, string>();
  return {
    async getItem(name) {
      const store = idbStore();
      if (store) {
        try {
          const value = await withTimeout(get<unknown>(name, store));
          if (typeof value === 'string') return value;
        } catch {
          // Fall back to memory below.
        }
      }
      return memory.get(name) ?? null;
    },
    async setItem(name, value) {
      memory.set(name, value);
      const store = idbStore();
      if (!store) return;
      try {
        await withTimeout(set(name, value, store));
      } catch {
        // Memory keeps it for this session.
      }
    },
    async removeItem(name) {
      memory.delete(name);
      const store = idbStore();
      if (!store) return;
      try {
        await withTimeout(del(name, store));
      } catch {
        // Nothing more to do.
      }
    },
  };
}

const idbStorage = createIdbStorage();

export interface HydrationSafeStorage<S> {
  storage: PersistStorage<S>;
  /** Call once hydration finished; returns whether writes were held back meanwhile. */
  opened(): boolean;
}

/**
 * JSON over the IndexedDB storage, with two guards zustand's `persist` lacks:
 * - Writes before hydration are held back. `persist` writes on every `set`, so an action run
 *   while the stored state is still loading would otherwise replace every stored draft.
 * - Writes are coalesced: at most one in flight, and only the newest waiting value is written
 *   after it (a draft store writes on every keystroke and every second of active time).
 * A stored value that is not valid JSON reads as empty instead of failing hydration.
 */
export function hydrationSafeStorage<S>(storage: StateStorage<Promise<void>> = idbStorage) {
  let ready = false;
  let held = false;
  let inFlight: Promise<void> | null = null;
  let waiting: { name: string; text: string } | null = null;

  const drain = async () => {
    while (waiting) {
      const next = waiting;
      waiting = null;
      await storage.setItem(next.name, next.text);
    }
    inFlight = null;
  };

  const result: HydrationSafeStorage<S> = {
    storage: {
      async getItem(name) {
        const text = await storage.getItem(name);
        if (text === null) return null;
        try {
          return JSON.parse(text) as StorageValue<S>;
        } catch {
          return null;
        }
      },
      setItem(name, value) {
        if (!ready) {
          held = true;
          return;
        }
        waiting = { name, text: JSON.stringify(value) };
        inFlight ??= drain();
      },
      removeItem: (name) => storage.removeItem(name),
    },
    opened() {
      ready = true;
      return held;
    },
  };
  return result;
}
