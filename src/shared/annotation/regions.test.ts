import { describe, expect, it } from 'vitest';
import { fixtureTasks, type FixtureTask } from '../label-config/fixture-files.test-support';
import { groupRegions, removeRegion } from './regions';
import type { ResultEntry } from './result-item-types';

const multi = (JSON.parse(fixtureTasks.get('multi.json') ?? '[]') as FixtureTask[])[0]
  ?.annotations?.[0]?.result as ResultEntry[];
const ner = (JSON.parse(fixtureTasks.get('ner.json') ?? '[]') as FixtureTask[])[0]?.annotations?.[0]
  ?.result as ResultEntry[];

describe('groupRegions', () => {
  it('joins perRegion items to their region in any order', () => {
    const grouped = groupRegions(multi);
    expect(grouped.regions.map((r) => [r.id, r.items.map((i) => i.from_name)])).toEqual([
      ['FAqQhU42BO', ['aspect', 'aspect_note']],
      ['JTEvS3QFnu', ['aspect']],
    ]);
    expect(grouped.regions[0]?.shapeItem?.from_name).toBe('aspect');
    expect(grouped.classifications.map((c) => c.from_name)).toEqual([
      'verdict',
      'return_reason',
      'stars',
      'defects',
      'bought',
      'category',
    ]);
    const reversed = groupRegions([...multi].reverse());
    expect(reversed.regions.find((r) => r.id === 'FAqQhU42BO')?.shapeItem?.from_name).toBe(
      'aspect',
    );
  });

  it('separates relations', () => {
    const grouped = groupRegions(ner);
    expect(grouped.regions).toHaveLength(3);
    expect(grouped.relations).toEqual([
      {
        from_id: 'wj6uUvtaiJ',
        to_id: 'VfU7wicpHd',
        type: 'relation',
        direction: 'right',
        labels: ['works_for'],
      },
    ]);
  });

  it('removing a region drops its items and relations', () => {
    const left = removeRegion(ner, 'wj6uUvtaiJ');
    expect(left).toHaveLength(2);
    expect(left.some((e) => e.type === 'relation')).toBe(false);
    expect(removeRegion(multi, 'FAqQhU42BO').some((e) => 'id' in e && e.id === 'FAqQhU42BO')).toBe(
      false,
    );
  });
});
