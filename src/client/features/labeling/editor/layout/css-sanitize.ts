// CSS from a label config runs inside our app: it may style the config's own views but must not
// escape them — no fixed overlays over the app, no requests to other origins, no legacy script
// hooks (expression(), behavior). Parsing is the browser's; we only filter and re-serialize.
import type { CSSProperties } from 'react';

const SCOPE = '[data-editor-root]';
const URL_REF = /url\(\s*(['"]?)(.*?)\1\s*\)/gi;
const SCRIPTY = /expression\s*\(|javascript:|image-set\s*\(/i;
const BLOCKED_PROPERTIES = new Set(['behavior', '-moz-binding']);

interface Policy {
  /** position values that are dropped */
  positions: readonly string[];
  /** false: every url() is dropped; true: only those to another origin */
  sameOriginUrls: boolean;
}

const INLINE: Policy = { positions: ['fixed', 'sticky'], sameOriginUrls: false };
const SHEET: Policy = { positions: ['fixed'], sameOriginUrls: true };

function sameOrigin(raw: string): boolean {
  try {
    return new URL(raw, window.location.href).origin === window.location.origin;
  } catch {
    return false;
  }
}

function allowed(name: string, value: string, policy: Policy): boolean {
  const property = name.toLowerCase();
  if (BLOCKED_PROPERTIES.has(property) || SCRIPTY.test(value)) return false;
  if (property === 'position' && policy.positions.includes(value.trim().toLowerCase()))
    return false;
  const urls = [...value.matchAll(URL_REF)].map((m) => m[2] ?? '');
  return urls.length === 0 || (policy.sameOriginUrls && urls.every(sameOrigin));
}

function declarations(style: CSSStyleDeclaration, policy: Policy): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (let i = 0; i < style.length; i++) {
    const name = style.item(i);
    const value = style.getPropertyValue(name);
    if (value !== '' && allowed(name, value, policy))
      out.push([name, value, style.getPropertyPriority(name)]);
  }
  return out;
}

/** `-webkit-line-clamp` → `WebkitLineClamp`; custom properties stay as written. */
function reactName(name: string): string {
  if (name.startsWith('--')) return name;
  const bare = name.startsWith('-ms-') ? name.slice(1) : name;
  return bare.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** A View's `style` attribute as a React style object, unsafe declarations dropped. */
export function sanitizeInlineStyle(css: string | undefined): CSSProperties | undefined {
  if (!css || css.trim() === '') return undefined;
  const probe = document.createElement('div');
  probe.style.cssText = css;
  const out: Record<string, string> = {};
  for (const [name, value] of declarations(probe.style, INLINE)) out[reactName(name)] = value;
  return Object.keys(out).length > 0 ? (out as CSSProperties) : undefined;
}

function parseSheet(css: string): CSSRuleList | undefined {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet.cssRules;
  } catch {
    // No constructable sheets: an inert document parses without applying anything to ours.
    const doc = document.implementation.createHTMLDocument('');
    const style = doc.createElement('style');
    style.textContent = css;
    doc.head.append(style);
    return style.sheet?.cssRules;
  }
}

/** Splits a selector list on top-level commas (not those inside :is(), [attr=","] …). */
export function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(list.slice(start).trim());
  return out.filter((s) => s !== '');
}

function scopeSelector(selector: string): string {
  // Page-level selectors mean "the whole labeling area" in a config.
  const page = /^(?::root|html|body)(?![\w-])\s*/i.exec(selector);
  if (page)
    return `${SCOPE}${selector.slice(page[0].length).replace(/^(?=[^\s>+~])/, ' ')}`.trimEnd();
  return `${SCOPE} ${selector}`;
}

const block = (decls: [string, string, string][]) =>
  decls.map(([n, v, p]) => `${n}: ${v}${p ? ' !important' : ''};`).join(' ');

const prelude = (rule: CSSRule) => rule.cssText.slice(0, rule.cssText.indexOf('{')).trim();

function serialize(rule: CSSRule, scoped: boolean): string {
  const r = rule as CSSRule & {
    selectorText?: string;
    keyText?: string;
    style?: CSSStyleDeclaration;
    cssRules?: CSSRuleList;
  };
  const nested = r.cssRules ? [...r.cssRules].map((c) => serialize(c, false)).join(' ') : '';
  if (r.selectorText !== undefined && r.style) {
    const selectors = scoped
      ? splitSelectors(r.selectorText).map(scopeSelector).join(', ')
      : r.selectorText;
    return `${selectors} { ${block(declarations(r.style, SHEET))} ${nested}}`;
  }
  if (r.keyText !== undefined && r.style)
    return `${r.keyText} { ${block(declarations(r.style, SHEET))} }`;
  // CSSRule.type: 5 @font-face, 7 @keyframes; @import (3), @page, @namespace … are dropped.
  if (rule.type === 5 && r.style) return `@font-face { ${block(declarations(r.style, SHEET))} }`;
  if (rule.type === 7 && r.cssRules) return `${prelude(rule)} { ${nested} }`;
  if (r.cssRules) {
    // @media, @supports, @container, @layer blocks: keep the condition, scope what is inside.
    const inner = [...r.cssRules].map((c) => serialize(c, scoped)).join(' ');
    return `${prelude(rule)} { ${inner} }`;
  }
  return '';
}

/** A `<Style>`'s CSS, every rule scoped under the editor root and unsafe parts dropped. */
export function scopeStyleSheet(css: string): string {
  const rules = parseSheet(css);
  if (!rules) return '';
  return [...rules]
    .map((rule) => serialize(rule, true))
    .filter((text) => text !== '')
    .join('\n');
}
