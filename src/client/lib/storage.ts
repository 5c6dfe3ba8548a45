/**
 * localStorage that never throws: private mode, disabled storage and quota errors just mean
 * the preference is not remembered.
 */
export const storage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Not remembering is fine.
    }
  },
  remove(key: string): void {
    try {
      window.localStorage.removeItem(key);
    } catch {
      // Nothing to do.
    }
  },
};

/** Every key the SPA writes, prefixed so they are easy to find and clear. */
export const storageKeys = {
  lastProject: 'margin.lastProjectId',
} as const;
