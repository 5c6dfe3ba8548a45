// `$variable` references in `value` attributes (label-config.md §1): `$key` reads task.data.key,
// `$doc.pages[0].text` walks objects and arrays, and `$key` inside longer text interpolates.

export interface VariablePath {
  /** As written after the `$`: `doc.pages[0].text`. */
  readonly source: string;
  /** The top-level task.data key (`doc`). */
  readonly key: string;
  /** Steps after the key: property names and array indexes. */
  readonly steps: readonly (string | number)[];
}

export type ValueTemplate =
  | { readonly kind: 'literal'; readonly raw: string }
  | { readonly kind: 'variable'; readonly raw: string; readonly path: VariablePath }
  | {
      readonly kind: 'template';
      readonly raw: string;
      readonly parts: readonly (string | VariablePath)[];
    };

// A key starts with a letter or underscore so prices like "$5" stay text.
const VARIABLE = /\$([A-Za-z_]\w*)((?:\.[A-Za-z_]\w*|\[\d+\])*)/g;
const STEP = /\.([A-Za-z_]\w*)|\[(\d+)\]/g;

function toPath(key: string, rest: string): VariablePath {
  const steps: (string | number)[] = [];
  for (const m of rest.matchAll(STEP)) {
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
  }
  return { source: key + rest, key, steps };
}

export function parseValueTemplate(raw: string): ValueTemplate {
  const parts: (string | VariablePath)[] = [];
  let last = 0;
  for (const m of raw.matchAll(VARIABLE)) {
    const at = m.index;
    if (at > last) parts.push(raw.slice(last, at));
    parts.push(toPath(m[1] ?? '', m[2] ?? ''));
    last = at + m[0].length;
  }
  if (last < raw.length) parts.push(raw.slice(last));
  const [only] = parts;
  if (parts.length === 0) return { kind: 'literal', raw };
  if (parts.length === 1 && typeof only === 'object') return { kind: 'variable', raw, path: only };
  if (parts.every((p) => typeof p === 'string')) return { kind: 'literal', raw };
  return { kind: 'template', raw, parts };
}

/** Walks `path` through task data; undefined when any step is missing. */
export function resolveVariable(data: unknown, path: VariablePath): unknown {
  let current: unknown = data;
  for (const step of [path.key, ...path.steps]) {
    if (typeof step === 'number') {
      if (!Array.isArray(current) || step >= current.length) return undefined;
      current = current[step];
    } else {
      if (typeof current !== 'object' || current === null || Array.isArray(current))
        return undefined;
      if (!Object.prototype.hasOwnProperty.call(current, step)) return undefined;
      current = (current as Record<string, unknown>)[step];
    }
  }
  return current;
}

/** What a template reads from task data: the raw value for a lone `$var`, text otherwise. */
export function resolveTemplate(template: ValueTemplate, data: unknown): unknown {
  if (template.kind === 'literal') return template.raw;
  if (template.kind === 'variable') return resolveVariable(data, template.path);
  return interpolate(template, data);
}

/** Text for display: missing keys render as empty text (label-config.md §1). */
export function interpolate(template: ValueTemplate, data: unknown): string {
  if (template.kind === 'literal') return template.raw;
  const parts = template.kind === 'variable' ? [template.path] : template.parts;
  return parts
    .map((p) => (typeof p === 'string' ? p : displayText(resolveVariable(data, p))))
    .join('');
}

function displayText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Top-level task.data keys a template reads. */
export function templateKeys(template: ValueTemplate): string[] {
  if (template.kind === 'literal') return [];
  if (template.kind === 'variable') return [template.path.key];
  return template.parts.flatMap((p) => (typeof p === 'string' ? [] : [p.key]));
}
