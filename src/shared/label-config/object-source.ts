// The task data an object shows, prepared once per validation call (code-point tables are built
// here, never per region). Keyed by ObjectTag so a new object tag must say what it reads.
import { CodePointIndex } from '../annotation/code-points';
import { htmlTextContent } from './html-text';
import { isPlainObject } from './json-values';
import type { ObjectTag } from './tag-names';
import type { ObjectNode, ObjectNodeOf } from './tag-tree';
import { resolveTemplate } from './variables';

export type ObjectSource =
  | { readonly kind: 'text'; readonly index: CodePointIndex }
  | {
      readonly kind: 'paragraphs';
      paragraph(i: number): CodePointIndex | undefined;
      readonly count: number;
    }
  | { readonly kind: 'none' }
  /** Data we cannot check spans against; `reason` explains why. */
  | { readonly kind: 'unavailable'; readonly reason: string };

type SourceReader<K extends ObjectTag> = (node: ObjectNodeOf<K>, data: unknown) => ObjectSource;

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

const missing = (node: ObjectNode): ObjectSource => ({
  kind: 'unavailable',
  reason: `task data has no text for ${node.value.raw}`,
});

const SOURCE_READERS: { readonly [K in ObjectTag]: SourceReader<K> } = {
  Text(node, data) {
    // Text fetched from a URL is only known to the browser.
    if (node.valueType === 'url') return { kind: 'none' };
    const text = asText(resolveTemplate(node.value, data));
    return text === undefined ? missing(node) : { kind: 'text', index: new CodePointIndex(text) };
  },
  HyperText(node, data) {
    const html = asText(resolveTemplate(node.value, data));
    if (html === undefined) return missing(node);
    return { kind: 'text', index: new CodePointIndex(htmlTextContent(html)) };
  },
  Paragraphs(node, data) {
    const list = resolveTemplate(node.value, data);
    if (!Array.isArray(list)) {
      return {
        kind: 'unavailable',
        reason: `task data ${node.value.raw} is not a list of paragraphs`,
      };
    }
    const built = new Map<number, CodePointIndex>();
    return {
      kind: 'paragraphs',
      count: list.length,
      paragraph(i) {
        if (!Number.isInteger(i) || i < 0 || i >= list.length) return undefined;
        let index = built.get(i);
        if (!index) {
          const entry: unknown = list[i];
          const text = isPlainObject(entry) ? asText(entry[node.textKey]) : undefined;
          index = new CodePointIndex(text ?? '');
          built.set(i, index);
        }
        return index;
      },
    };
  },
  Image: () => ({ kind: 'none' }),
};

export function readObjectSource(node: ObjectNode, data: unknown): ObjectSource {
  const reader = SOURCE_READERS[node.tag] as SourceReader<ObjectTag>;
  return reader(node as never, data);
}
