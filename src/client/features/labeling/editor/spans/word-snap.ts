// `granularity="word"`: a selection grows to whole words and sheds surrounding whitespace.
import type { Granularity } from '../../../../../shared/label-config/tag-tree';

const WORD = /[\p{L}\p{N}\p{M}_'’-]/u;

const isWordAt = (text: string, i: number) => WORD.test(text.charAt(i));

export function snapSelection(
  text: string,
  range: { start: number; end: number },
  granularity: Granularity,
): { start: number; end: number } | null {
  let { start, end } = range;
  if (text.slice(start, end).trim() === '') return null;
  if (granularity !== 'word') return { start, end };
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  while (start > 0 && isWordAt(text, start) && isWordAt(text, start - 1)) start--;
  while (end < text.length && isWordAt(text, end - 1) && isWordAt(text, end)) end++;
  return { start, end };
}
