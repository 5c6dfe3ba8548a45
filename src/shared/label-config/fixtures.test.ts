import { describe, expect, it } from 'vitest';
import {
  fixtureConfigs,
  fixtureInvalid,
  fixtureTasks,
  type FixtureTask,
  type InvalidFixture,
} from './fixture-files.test-support';
import { parseLabelConfig, parseLabelConfigOrThrow } from './parse';
import { validateResult } from './validate-result';

const config = (file: string) => parseLabelConfigOrThrow(fixtureConfigs.get(file) ?? '');

describe('fixture configs', () => {
  it('finds all five', () => {
    expect([...fixtureConfigs.keys()].sort()).toEqual([
      'image-bbox.xml',
      'multi.xml',
      'ner.xml',
      'paragraphs.xml',
      'sentiment.xml',
    ]);
  });
  it.each([...fixtureConfigs])('%s parses without errors', (_file, xml) => {
    const outcome = parseLabelConfig(xml);
    expect(outcome.ok ? [] : outcome.errors).toEqual([]);
  });
});

interface Case {
  name: string;
  file: string;
  data: Record<string, unknown>;
  result: unknown;
  rawResult: string;
  mode: 'submit' | 'skip' | 'prediction';
}

// Each result's own JSON text, re-serialized from the parsed file, is what must survive.
const validCases: Case[] = [...fixtureTasks].flatMap(([file, text]) => {
  const tasks = JSON.parse(text) as FixtureTask[];
  return tasks.flatMap((task, t) => [
    ...(task.annotations ?? []).map((a, i): Case => ({
      name: `${file} task ${t} annotation ${i}`,
      file,
      data: task.data,
      result: a.result,
      rawResult: JSON.stringify(a.result),
      mode: a.was_cancelled ? 'skip' : 'submit',
    })),
    ...(task.predictions ?? []).map((p, i): Case => ({
      name: `${file} task ${t} prediction ${i}`,
      file,
      data: task.data,
      result: p.result,
      rawResult: JSON.stringify(p.result),
      mode: 'prediction',
    })),
  ]);
});

describe('valid fixture results', () => {
  it('covers annotations and predictions of every task file', () => {
    expect(validCases.length).toBeGreaterThanOrEqual(15);
    expect(validCases.some((c) => c.mode === 'prediction')).toBe(true);
  });
  it.each(validCases.map((c) => [c.name, c] as const))(
    '%s validates with zero errors and is not rewritten',
    (_n, c) => {
      const xml = fixtureConfigs.get(c.file.replace('.json', '.xml')) ?? '';
      const parsed = parseLabelConfigOrThrow(xml);
      expect(parsed.xml).toBe(xml);
      expect(validateResult(parsed, c.result, c.data, c.mode)).toEqual({});
      expect(JSON.stringify(c.result)).toBe(c.rawResult);
    },
  );
  it.each(validCases.map((c) => [c.name, c] as const))('%s also validates as a draft', (_n, c) => {
    expect(
      validateResult(config(c.file.replace('.json', '.xml')), c.result, c.data, 'draft'),
    ).toEqual({});
  });
});

const invalidCases = [...fixtureInvalid].map(
  ([file, text]) => [file, JSON.parse(text) as InvalidFixture] as const,
);

describe('invalid fixture results', () => {
  it('finds them all', () => expect(invalidCases.length).toBeGreaterThanOrEqual(19));
  it.each(invalidCases)('%s is rejected naming its field', (_file, fixture) => {
    const errors = validateResult(config(fixture.config), fixture.result, fixture.data, 'submit');
    expect(Object.keys(errors)).toContain(fixture.field);
    expect(errors[fixture.field]?.[0]).toMatch(/\S/);
  });
  it('missing-required-on-submit is fine for skip and draft', () => {
    const fixture = invalidCases.find(([f]) => f === 'missing-required-on-submit.json')?.[1];
    expect(fixture).toBeDefined();
    if (!fixture) return;
    for (const mode of ['skip', 'draft', 'prediction'] as const) {
      expect(validateResult(config(fixture.config), fixture.result, fixture.data, mode)).toEqual(
        {},
      );
    }
  });
  it.each(invalidCases.filter(([f]) => f !== 'missing-required-on-submit.json'))(
    '%s is rejected in every mode',
    (_file, fixture) => {
      for (const mode of ['skip', 'draft', 'prediction'] as const) {
        expect(
          Object.keys(validateResult(config(fixture.config), fixture.result, fixture.data, mode)),
        ).toContain(fixture.field);
      }
    },
  );
});
