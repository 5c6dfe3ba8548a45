// What a tag builder gets: its element, an attribute reader, the error list, and a way to build
// its children restricted to the tags that may appear there.
import type { AttributeReader } from './attribute-reader';
import type { ConfigError } from './config-error';
import type { TagName } from './tag-names';
import type { NodeOf } from './tag-tree';
import type { RawElement } from './xml-reader';

export interface BuildContext {
  readonly errors: ConfigError[];
  attributes(el: RawElement): AttributeReader;
  /**
   * Builds child elements whose tag is in `allowed`; reports unknown, unsupported and misplaced
   * tags and skips them.
   */
  children<T extends TagName>(el: RawElement, allowed: readonly T[]): NodeOf<T>[];
}

export type TagBuilder<T extends TagName> = (el: RawElement, ctx: BuildContext) => NodeOf<T>;

/** `value` attribute, or the inner text when the element holds only text. */
export function valueOrText(el: RawElement, a: AttributeReader): string | undefined {
  const attr = a.string('value');
  if (attr !== undefined) return attr;
  if (el.children.length > 0) return undefined;
  const text = el.text.trim();
  return text === '' ? undefined : text;
}

export function rawAttributes(el: RawElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, value } of el.attributes.values()) out[name] = value;
  return out;
}

export function position(el: RawElement): { line: number; column: number } {
  return { line: el.line, column: el.column };
}
