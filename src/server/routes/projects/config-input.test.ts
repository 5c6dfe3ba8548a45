import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../../shared/api/errors';
import { startTestServer, type TestServer } from '../../../../test/setup/test-server';

/**
 * Hostile label configs through the API: each is refused with a 400 that names the problem,
 * promptly, and nothing is stored.
 */
let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ bodyLimit: 12 * 1024 * 1024 });
});
afterAll(async () => s.close());

const nested = (depth: number) => `${'<View>'.repeat(depth)}${'</View>'.repeat(depth)}`;
const TEXT = '<Text name="t" value="$text"/>';

const CASES: [string, string, RegExp][] = [
  ['not well-formed', '<View><Text name="t" value="$text"></View>', /line 1/i],
  ['unknown tag', `<View>${TEXT}<Banana name="b"/></View>`, /Banana/],
  ['missing name', '<View><Text value="$text"/></View>', /name/],
  ['duplicate names', `<View>${TEXT}<Text name="t" value="$other"/></View>`, /non-unique names/],
  [
    'dangling toName',
    `<View>${TEXT}<Choices name="c" toName="x"><Choice value="A"/></Choices></View>`,
    /toName="x" not found in names: \['t', 'c'\]|toName="x" not found/,
  ],
  [
    'bad attribute value',
    `<View>${TEXT}<Choices name="c" toName="t" choice="maybe"><Choice value="A"/></Choices></View>`,
    /maybe/,
  ],
  [
    'entity expansion',
    `<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><View>${TEXT}<Header value="&b;"/></View>`,
    /DOCTYPE|entit/i,
  ],
  ['deeply nested', nested(5000), /deep|nest/i],
  [
    'huge attribute',
    `<View><Text name="t" value="$text" highlightColor="${'x'.repeat(200_000)}"/></View>`,
    /./,
  ],
  [
    '10 MB config',
    `<View>${TEXT}<Header value="${'y'.repeat(10 * 1024 * 1024)}"/></View>`,
    /too large|large/i,
  ],
  ['tier-2 tag', '<View><Audio name="a" value="$audio"/></View>', /not supported yet/],
];

describe('label config checks through the API', () => {
  it.each(CASES)(
    '%s → 400 from validate and from project create; nothing stored',
    async (_name, xml, message) => {
      const before = (await s.request('GET', '/api/projects')).body.count;
      const started = performance.now();
      const check = await s.request('POST', '/api/projects/validate', {
        as: null,
        body: { label_config: xml },
      });
      expect(check.status).toBe(400);
      expect(check.body.label_config.join('\n')).toMatch(message);

      const create = await s.request('POST', '/api/projects', {
        body: { title: 'Hostile', label_config: xml },
      });
      expect(create.status).toBe(400);
      const body = ErrorBody.parse(create.body);
      expect(body.validation_errors?.label_config?.join('\n')).toMatch(message);
      // Nothing hangs: both answers together stay well within a second even for the worst input.
      expect(performance.now() - started).toBeLessThan(5000);
      expect((await s.request('GET', '/api/projects')).body.count).toBe(before);
    },
  );

  it('accepts the empty default and a good config', async () => {
    for (const xml of ['<View></View>', `<View>${TEXT}</View>`]) {
      expect(
        (
          await s.request('POST', '/api/projects/validate', {
            as: null,
            body: { label_config: xml },
          })
        ).status,
      ).toBe(204);
    }
  });
});
