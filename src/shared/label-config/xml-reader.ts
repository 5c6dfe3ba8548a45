// XML text → a plain element tree with positions. saxes does the tokenizing (well-formedness,
// entities, line/column); this module adds the guards: no DOCTYPE (so no entity expansion),
// bounded size, depth and element count, and duplicate attributes that differ only in case.
import { SaxesParser } from 'saxes';
import type { ConfigError } from './config-error';
import { MAX_ATTRIBUTE_CHARS, MAX_CONFIG_CHARS, MAX_DEPTH, MAX_ELEMENTS } from './config-limits';

export interface RawAttribute {
  /** As written. */
  readonly name: string;
  readonly value: string;
}

export interface RawElement {
  /** As written (tag names are case-insensitive; the builder canonicalises). */
  readonly name: string;
  /** Keyed by lower-case attribute name. */
  readonly attributes: ReadonlyMap<string, RawAttribute>;
  readonly children: RawElement[];
  /** Direct text and CDATA content, concatenated. */
  text: string;
  readonly line: number;
  readonly column: number;
}

export type ReadOutcome = { ok: true; root: RawElement } | { ok: false; error: ConfigError };

/** Thrown from inside saxes callbacks to stop parsing at the first fatal problem. */
class Abort extends Error {
  constructor(readonly configError: ConfigError) {
    super(configError.message);
  }
}

const SAXES_POSITION_PREFIX = /^(?:\d+:\d+: )/;

export function readXml(xml: string): ReadOutcome {
  if (xml.length > MAX_CONFIG_CHARS) {
    return {
      ok: false,
      error: {
        message: `Label config is too large (${xml.length} characters; the limit is ${MAX_CONFIG_CHARS})`,
      },
    };
  }
  const parser = new SaxesParser({ position: true });
  const stack: RawElement[] = [];
  let root: RawElement | undefined;
  let count = 0;
  let startLine = 1;
  let startColumn = 1;

  const abort = (message: string, extra: Partial<ConfigError> = {}): never => {
    throw new Abort({ message, line: parser.line, column: parser.column + 1, ...extra });
  };

  parser.on('doctype', () => abort('DOCTYPE declarations are not allowed in a label config'));
  parser.on('opentagstart', (tag) => {
    // saxes has consumed `<name` plus one character; point at the `<`.
    startLine = parser.line;
    startColumn = Math.max(1, parser.column - tag.name.length - 1);
    if (stack.length >= MAX_DEPTH) {
      abort(`Tags are nested too deeply (more than ${MAX_DEPTH} levels)`, { tag: tag.name });
    }
    count += 1;
    if (count > MAX_ELEMENTS) abort(`Label config has more than ${MAX_ELEMENTS} tags`);
  });
  parser.on('opentag', (tag) => {
    const attributes = new Map<string, RawAttribute>();
    for (const [name, value] of Object.entries(tag.attributes)) {
      const key = name.toLowerCase();
      const error = { tag: tag.name, attribute: name, line: startLine, column: startColumn };
      if (attributes.has(key)) {
        throw new Abort({
          message: `Attribute "${name}" is given twice on <${tag.name}>`,
          ...error,
        });
      }
      if (value.length > MAX_ATTRIBUTE_CHARS) {
        throw new Abort({
          message: `Attribute "${name}" on <${tag.name}> is too long (${value.length} characters; the limit is ${MAX_ATTRIBUTE_CHARS})`,
          ...error,
        });
      }
      attributes.set(key, { name, value });
    }
    const element: RawElement = {
      name: tag.name,
      attributes,
      children: [],
      text: '',
      line: startLine,
      column: startColumn,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (text: string): void => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  try {
    parser.write(xml).close();
  } catch (e) {
    if (e instanceof Abort) return { ok: false, error: e.configError };
    const raw = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      error: {
        // Position goes in line/column (callers format it), not in the message.
        message: `XML syntax error: ${raw.replace(SAXES_POSITION_PREFIX, '')}`,
        line: parser.line,
        column: parser.column + 1,
      },
    };
  }
  if (!root) return { ok: false, error: { message: 'Label config has no root tag' } };
  return { ok: true, root };
}
