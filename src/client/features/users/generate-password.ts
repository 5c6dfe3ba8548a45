/** No look-alikes (0/O, 1/l/I), so a password read aloud or retyped from a screen survives. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A random password from the browser's CSPRNG: 20 of 56 symbols is about 116 bits. */
export function generatePassword(length = 20): string {
  // Bytes at or above `limit` are dropped, so every symbol is equally likely (no modulo bias).
  const limit = 256 - (256 % ALPHABET.length);
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += ALPHABET[byte % ALPHABET.length];
    }
  }
  return out;
}
