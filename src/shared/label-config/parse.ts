// XML → LabelConfig, or every config error found. Stages: read XML (fatal on syntax), build the
// typed tree (collects errors per tag), wire names, then whole-config checks.
import { buildTree } from './build-tree';
import { checkHotkeys } from './check-hotkeys';
import { checkOptionValues } from './check-option-values';
import { checkVisibility } from './check-visibility';
import type { ConfigError } from './config-error';
import { indexConfig, type LabelConfig } from './label-config';
import { wireNames } from './wire-names';
import { readXml } from './xml-reader';

export type { ConfigError } from './config-error';
export type { LabelConfig } from './label-config';

export type ParseOutcome = { ok: true; config: LabelConfig } | { ok: false; errors: ConfigError[] };

export function parseLabelConfig(xml: string): ParseOutcome {
  if (typeof xml !== 'string')
    return { ok: false, errors: [{ message: 'Label config must be a string' }] };
  const read = readXml(xml);
  if (!read.ok) return { ok: false, errors: [read.error] };
  const errors: ConfigError[] = [];
  const tree = buildTree(read.root, errors);
  if (!tree) return { ok: false, errors };
  const config = indexConfig(xml, wireNames(tree, errors));
  // These tolerate earlier errors (first name wins), so one pass reports everything.
  checkOptionValues(config, errors);
  checkVisibility(config, errors);
  checkHotkeys(config, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, config };
}

/** For callers that hold a config known to be valid (stored projects, fixtures). */
export function parseLabelConfigOrThrow(xml: string): LabelConfig {
  const outcome = parseLabelConfig(xml);
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join('\n'));
  return outcome.config;
}
