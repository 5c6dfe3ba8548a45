import { describe, expect, it } from 'vitest';
import { fixtureConfigs } from '../label-config/fixture-files.test-support';
import { parseLabelConfigOrThrow } from '../label-config/parse';
import { withoutHiddenResults } from './hidden-results';
import type { ResultEntry } from './result-item-types';

const config = parseLabelConfigOrThrow(fixtureConfigs.get('multi.xml')!);
const item = (from_name: string, type: string, value: Record<string, unknown>): ResultEntry => ({
  id: `id_${from_name}`.padEnd(10, 'x').slice(0, 10),
  from_name,
  to_name: 'review',
  type,
  value,
});
const reason = item('return_reason', 'textarea', { text: ['Too small'] });
const stars = item('stars', 'rating', { rating: 4 });

describe('withoutHiddenResults', () => {
  it('keeps a conditional control’s result while its condition holds', () => {
    const result = [item('verdict', 'choices', { choices: ['Return'] }), reason, stars];
    expect(withoutHiddenResults(config, result)).toEqual(result);
  });

  it('drops it once the choice that showed it is unchosen, and nothing else', () => {
    const verdict = item('verdict', 'choices', { choices: ['Recommend'] });
    expect(withoutHiddenResults(config, [verdict, reason, stars])).toEqual([verdict, stars]);
    expect(withoutHiddenResults(config, [reason, stars])).toEqual([stars]);
  });
});
