import { parseLabelConfig, type ConfigError, type LabelConfig } from '../shared/label-config/parse';
import { validateResult, type ValidationMode } from '../shared/label-config/validate-result';
import { validationError } from './errors';

/**
 * Parsed configs keyed by their exact text: every replica agrees on what text means, so this
 * cache can never serve a stale parse. Bounded, oldest evicted first.
 */
const MAX_ENTRIES = 200;
const parsed = new Map<string, LabelConfig>();

export function formatConfigError(e: ConfigError): string {
  const where =
    e.line !== undefined
      ? ` (line ${e.line}${e.column !== undefined ? `, column ${e.column}` : ''})`
      : '';
  return `${e.message}${where}`;
}

/** Messages for a config that does not parse or check; empty when it is fine. */
export function configErrors(xml: string): string[] {
  const outcome = parseLabelConfig(xml);
  if (!outcome.ok) return outcome.errors.map(formatConfigError);
  remember(xml, outcome.config);
  return [];
}

function remember(xml: string, config: LabelConfig) {
  if (parsed.size >= MAX_ENTRIES) parsed.delete(parsed.keys().next().value as string);
  parsed.set(xml, config);
}

/** A stored project's config (already validated on write). */
export function configOf(xml: string): LabelConfig {
  const hit = parsed.get(xml);
  if (hit) return hit;
  const outcome = parseLabelConfig(xml);
  if (!outcome.ok)
    throw new Error(`Stored label config does not parse: ${outcome.errors[0]?.message ?? ''}`);
  remember(xml, outcome.config);
  return outcome.config;
}

/** Throws the contract's 400 when `result` does not fit the project's config. */
export function assertValidResult(
  xml: string,
  result: unknown,
  data: Record<string, unknown>,
  mode: ValidationMode,
  prefix = '',
): void {
  const errors = validateResult(configOf(xml), result, data, mode);
  const keys = Object.keys(errors);
  if (keys.length === 0) return;
  throw validationError(
    prefix ? Object.fromEntries(keys.map((k) => [`${prefix}${k}`, errors[k]!])) : errors,
  );
}
