// A result in a few lines, for comparing annotations side by side without an editor each:
// "Person “Ada Lovelace”", "sentiment: Positive", "rating: 4 ★".
import { groupRegions, type Region } from '../../../shared/annotation/regions';
import type { ResultEntry, ResultItem } from '../../../shared/annotation/result-item-types';
import { shapeOfType } from '../../../shared/label-config/control-specs';

const SNIPPET = 40;

function snippet(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > SNIPPET ? `${chars.slice(0, SNIPPET - 1).join('')}…` : chars.join('');
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** One formatter per value key a result item may carry (label-config.md §3). */
const VALUE_FORMATS: Readonly<Record<string, (v: unknown) => string | null>> = {
  choices: (v) => strings(v).join(', ') || null,
  taxonomy: (v) =>
    Array.isArray(v) ? v.map((path) => strings(path).join(' / ')).join(', ') || null : null,
  text: (v) => {
    const texts = typeof v === 'string' ? [v] : strings(v);
    return texts.length > 0 ? texts.map((t) => `“${snippet(t)}”`).join(', ') : null;
  },
  rating: (v) => (typeof v === 'number' ? `${v} ★` : null),
  number: (v) => (typeof v === 'number' ? String(v) : null),
  datetime: (v) => (typeof v === 'string' ? v : null),
};

const labelsOf = (item: ResultItem): string[] => {
  const key = Object.keys(item.value).find((k) => k.endsWith('labels'));
  return key === undefined ? [] : strings(item.value[key]);
};

/** A whole-object classification (or a per-region one): "name: value". */
function describeItem(item: ResultItem): string {
  for (const [key, format] of Object.entries(VALUE_FORMATS)) {
    if (!(key in item.value)) continue;
    const shown = format(item.value[key]);
    if (shown !== null) return `${item.from_name}: ${shown}`;
  }
  return `${item.from_name}: (empty)`;
}

/** A region: its labels, then the text it covers or the shape it draws. */
export function describeRegion(region: Region): string {
  const shape = region.shapeItem;
  const labels = shape ? labelsOf(shape) : [];
  const text = shape?.value['text'];
  const where =
    typeof text === 'string'
      ? `“${snippet(text)}”`
      : `(${shapeOfType(shape?.type ?? '') ?? 'region'})`;
  const extra = region.items.filter((i) => i !== shape).map(describeItem);
  return [[labels.join(', '), where].filter(Boolean).join(' '), ...extra].join('; ');
}

export interface SummaryLine {
  key: string;
  text: string;
}

export function summarizeResult(result: readonly ResultEntry[]): SummaryLine[] {
  const { regions, classifications, relations } = groupRegions(result);
  const lines: SummaryLine[] = [
    ...classifications.map((item) => ({ key: `c:${item.id}`, text: describeItem(item) })),
    ...regions.map((region) => ({ key: `r:${region.id}`, text: describeRegion(region) })),
  ];
  if (relations.length > 0) {
    const n = relations.length;
    lines.push({ key: 'relations', text: `${n} relation${n === 1 ? '' : 's'}` });
  }
  return lines;
}

/** The region a comment pins to, named for people; null when the id is not in this result. */
export function regionTitle(result: readonly ResultEntry[], id: string): string | null {
  const region = groupRegions(result).regions.find((r) => r.id === id);
  return region ? describeRegion(region) : null;
}

/** The API's loose result items are the editor's entries (checked by the server when stored). */
export const asEntries = (result: readonly object[] | null): readonly ResultEntry[] =>
  (result ?? []) as unknown as readonly ResultEntry[];
