import { describe, expect, it } from 'vitest';
import { parseLabelConfig } from '../../../../shared/label-config/parse';
import { requiredDataKeys } from '../../../../shared/label-config/summary';
import { PROJECT_TEMPLATES } from './templates';

describe('project templates', () => {
  it.each(PROJECT_TEMPLATES.map((t) => [t.name, t] as const))(
    '%s parses and its sample has every key the config reads',
    (_name, template) => {
      const outcome = parseLabelConfig(template.config);
      if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join('\n'));
      for (const key of requiredDataKeys(outcome.config)) {
        expect(template.sample).toHaveProperty(key);
      }
    },
  );

  it('covers the common setups once each', () => {
    const ids = PROJECT_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'text-classification',
        'ner',
        'image-boxes',
        'image-polygons',
        'image-keypoints',
        'dialogue',
      ]),
    );
  });
});
