// Typed reads of XML attributes. Names are case-insensitive (the reader looks up lower-case
// keys); a bad value is reported once, with tag, attribute and position, and the default is
// used so the rest of the config can still be checked in the same pass.
import { errorAt, type ConfigError } from './config-error';
import type { RawElement } from './xml-reader';

export interface NumberRule {
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** Strictly greater than zero. */
  readonly positive?: boolean;
}

export interface AttributeReader {
  has(name: string): boolean;
  string(name: string): string | undefined;
  /** Reports a missing or empty attribute. */
  required(name: string): string | undefined;
  bool(name: string, fallback: boolean): boolean;
  optionalBool(name: string): boolean | undefined;
  number(name: string, rule?: NumberRule): number | undefined;
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T;
  /** Comma-separated list, trimmed, empty items dropped. */
  list(name: string): string[];
}

function describeRule(rule: NumberRule): string {
  const kind = rule.integer ? 'an integer' : 'a number';
  if (rule.positive) return `${kind} greater than 0`;
  if (rule.min !== undefined && rule.max !== undefined)
    return `${kind} from ${rule.min} to ${rule.max}`;
  if (rule.min !== undefined) return `${kind} of at least ${rule.min}`;
  if (rule.max !== undefined) return `${kind} of at most ${rule.max}`;
  return kind;
}

// A class rather than a closure bag: one reader per element, so methods live on the prototype.
class ElementAttributeReader implements AttributeReader {
  constructor(
    private readonly el: RawElement,
    private readonly errors: ConfigError[],
  ) {}

  private raw(name: string) {
    return this.el.attributes.get(name.toLowerCase());
  }

  private invalid(name: string, value: string, expected: string): void {
    const written = this.raw(name)?.name ?? name;
    this.errors.push(
      errorAt(
        this.el,
        `Invalid value ${written}="${value}" on <${this.el.name}>: expected ${expected}`,
        written,
      ),
    );
  }

  has(name: string): boolean {
    return this.raw(name) !== undefined;
  }

  string(name: string): string | undefined {
    return this.raw(name)?.value;
  }

  required(name: string): string | undefined {
    const value = this.raw(name)?.value;
    if (value === undefined || value.trim() === '') {
      this.errors.push(
        errorAt(this.el, `<${this.el.name}> is missing the required attribute "${name}"`, name),
      );
      return undefined;
    }
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    return this.optionalBool(name) ?? fallback;
  }

  optionalBool(name: string): boolean | undefined {
    const value = this.raw(name)?.value;
    if (value === undefined) return undefined;
    const lower = value.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    this.invalid(name, value, 'true or false');
    return undefined;
  }

  number(name: string, rule: NumberRule = {}): number | undefined {
    const value = this.raw(name)?.value;
    if (value === undefined) return undefined;
    const n = value.trim() === '' ? NaN : Number(value);
    const ok =
      Number.isFinite(n) &&
      (!rule.integer || Number.isInteger(n)) &&
      (rule.min === undefined || n >= rule.min) &&
      (rule.max === undefined || n <= rule.max) &&
      (!rule.positive || n > 0);
    if (!ok) {
      this.invalid(name, value, describeRule(rule));
      return undefined;
    }
    return n;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name)?.value;
    if (value === undefined) return fallback;
    const wanted = value.trim().toLowerCase();
    const found = allowed.find((a) => a.toLowerCase() === wanted);
    if (found === undefined) {
      this.invalid(name, value, `one of ${allowed.join(', ')}`);
      return fallback;
    }
    return found;
  }

  list(name: string): string[] {
    const value = this.raw(name)?.value;
    if (value === undefined) return [];
    return value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
}

export function attributeReader(el: RawElement, errors: ConfigError[]): AttributeReader {
  return new ElementAttributeReader(el, errors);
}
