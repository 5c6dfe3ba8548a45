import { isRelation, type ResultEntry } from '../../../../shared/annotation/result-item-types';

const VALUE_KEYS = ['choices', 'labels', 'text', 'rating', 'number', 'datetime', 'taxonomy'];

/** One line per result entry for people: "sentiment: Positive", "ner: “Ada” → Person". */
export function describeEntry(entry: ResultEntry): string {
  if (isRelation(entry)) return `relation ${entry.from_id} → ${entry.to_id}`;
  const v = entry.value;
  const labelKey = Object.keys(v).find((k) => k.endsWith('labels'));
  const labels = labelKey ? v[labelKey] : undefined;
  if (Array.isArray(labels) && typeof v['text'] === 'string')
    return `${entry.from_name}: “${v['text'].slice(0, 40)}” → ${labels.join(', ')}`;
  if (Array.isArray(labels)) return `${entry.from_name}: ${entry.type} → ${labels.join(', ')}`;
  const key = VALUE_KEYS.find((k) => k in v);
  const shown = key === undefined ? '' : JSON.stringify(v[key]);
  return `${entry.from_name}: ${shown.slice(0, 80)}`;
}
