// Region ids as Label Studio writes them: 10 characters of A–Z a–z 0–9 _ - (nanoid's alphabet).

export const REGION_ID_ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
export const REGION_ID_LENGTH = 10;
export const REGION_ID_PATTERN = /^[A-Za-z0-9_-]{10}$/;

export function isRegionId(value: unknown): value is string {
  return typeof value === 'string' && REGION_ID_PATTERN.test(value);
}

/**
 * A new random id. The alphabet has exactly 64 symbols, so `byte & 63` is uniform.
 * `globalThis.crypto` exists in browsers and Node 20.
 */
export function generateRegionId(): string {
  const bytes = new Uint8Array(REGION_ID_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += REGION_ID_ALPHABET[byte & 63];
  return id;
}

/** A fresh id not in `taken` (collisions are astronomically rare, but cheap to rule out). */
export function generateUniqueRegionId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = generateRegionId();
    if (!taken.has(id)) return id;
  }
}
