import { describe, expect, it } from 'vitest';
import {
  generateRegionId,
  generateUniqueRegionId,
  isRegionId,
  REGION_ID_ALPHABET,
} from './region-id';

describe('region ids', () => {
  it('generates 10 characters of the Label Studio alphabet', () => {
    for (let i = 0; i < 200; i++) expect(generateRegionId()).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(REGION_ID_ALPHABET).toHaveLength(64);
  });

  it('uses the whole alphabet and does not repeat', () => {
    const ids = Array.from({ length: 2000 }, generateRegionId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.join('')).size).toBe(64);
  });

  it('avoids taken ids', () => {
    const taken = new Set(['AAAAAAAAAA']);
    expect(taken.has(generateUniqueRegionId(taken))).toBe(false);
  });

  it.each([
    ['wj6uUvtaiJ', true],
    ['R-LGOTU2Ix', true],
    ['eKK_IQQ8Vh', true],
    ['has space!', false],
    ['short', false],
    ['elevenchars', false],
    ['ééééééééééé', false],
    [42, false],
    [null, false],
  ])('isRegionId(%j) is %s', (id, ok) => {
    expect(isRegionId(id)).toBe(ok);
  });
});
