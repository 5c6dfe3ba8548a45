import {
  IsoDay,
  lastDays,
  resolveRange,
  todayUtc,
  type DayRange,
} from '../../../shared/api/dashboard';

/** The quick picks; the default (no parameter in the URL) is 30 days. */
export const PRESET_DAYS = [7, 30, 90] as const;
export type PresetDays = (typeof PRESET_DAYS)[number];
export const DEFAULT_DAYS: PresetDays = 30;

/**
 * What the URL says: `?days=7` follows the calendar (a bookmark stays "the last 7 days"),
 * `?from=…&to=…` is a fixed range.
 */
export type RangeChoice =
  { kind: 'preset'; days: PresetDays } | { kind: 'custom'; range: DayRange };

const isPreset = (n: number): n is PresetDays => (PRESET_DAYS as readonly number[]).includes(n);

/** The choice in `params`; anything unusable falls back to the default preset. */
export function choiceFromParams(params: URLSearchParams): RangeChoice {
  const from = IsoDay.safeParse(params.get('from'));
  const to = IsoDay.safeParse(params.get('to'));
  if (from.success && to.success) {
    const resolved = resolveRange({ from: from.data, to: to.data });
    if (resolved.ok) return { kind: 'custom', range: resolved.range };
  }
  const days = Number(params.get('days'));
  return { kind: 'preset', days: isPreset(days) ? days : DEFAULT_DAYS };
}

export function paramsOfChoice(choice: RangeChoice): Record<string, string> {
  if (choice.kind === 'custom') return { from: choice.range.from, to: choice.range.to };
  return choice.days === DEFAULT_DAYS ? {} : { days: String(choice.days) };
}

export const rangeOfChoice = (choice: RangeChoice, today: IsoDay = todayUtc()): DayRange =>
  choice.kind === 'custom' ? choice.range : lastDays(choice.days, today);
