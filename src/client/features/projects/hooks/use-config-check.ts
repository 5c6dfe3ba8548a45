import { useEffect, useState } from 'react';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import { parseLabelConfig, type ConfigError } from '../../../../shared/label-config/parse';

export interface ConfigCheck {
  /** The text these errors belong to. */
  xml: string;
  errors: readonly ConfigError[];
  /** The newest config that parsed: what the preview keeps showing while the text is broken. */
  lastValid: LabelConfig | null;
}

function check(xml: string, lastValid: LabelConfig | null): ConfigCheck {
  const outcome = parseLabelConfig(xml);
  return outcome.ok
    ? { xml, errors: [], lastValid: outcome.config }
    : { xml, errors: outcome.errors, lastValid };
}

/** Parses while the admin types, at most every `delayMs`, so each keystroke stays instant. */
export const CONFIG_CHECK_DELAY_MS = 200;

/**
 * The shared engine's verdict on `xml`, debounced. `current` is false while a newer text waits
 * for its check, so callers never trust an old verdict (Save checks again synchronously).
 */
export function useConfigCheck(xml: string, delayMs = CONFIG_CHECK_DELAY_MS) {
  const [checked, setChecked] = useState(() => check(xml, null));
  useEffect(() => {
    if (xml === checked.xml) return;
    const timer = setTimeout(() => setChecked((prev) => check(xml, prev.lastValid)), delayMs);
    return () => clearTimeout(timer);
  }, [xml, checked.xml, delayMs]);
  return { ...checked, current: checked.xml === xml };
}
