import type { AttributeReader } from './attribute-reader';
import { position, rawAttributes, valueOrText, type TagBuilder } from './build-context';
import type { RawElement } from './xml-reader';

/** Label Studio's default region colour. */
export const DEFAULT_LABEL_BACKGROUND = '#36B37E';

function optionBase(el: RawElement, a: AttributeReader) {
  return {
    ...position(el),
    attrs: rawAttributes(el),
    alias: a.string('alias'),
    // An empty hotkey means "none", as in Label Studio.
    hotkey: a.string('hotkey')?.trim() || undefined,
    hint: a.string('hint'),
  };
}

function requiredValue(el: RawElement, a: AttributeReader): string {
  const value = valueOrText(el, a);
  // required() reports the missing attribute with position; reuse it for the message.
  return value ?? a.required('value') ?? '';
}

export const buildLabel: TagBuilder<'Label'> = (el, ctx) => {
  const a = ctx.attributes(el);
  ctx.children(el, []);
  return {
    tag: 'Label',
    ...optionBase(el, a),
    value: requiredValue(el, a),
    background: a.string('background') ?? DEFAULT_LABEL_BACKGROUND,
    maxUsages: a.number('maxUsages', { integer: true, positive: true }),
  };
};

export const buildChoice: TagBuilder<'Choice'> = (el, ctx) => {
  const a = ctx.attributes(el);
  return {
    tag: 'Choice',
    ...optionBase(el, a),
    value: requiredValue(el, a),
    selected: a.bool('selected', false),
    // Nesting is legal XML here; Choices (flat) reports it, Taxonomy uses it.
    children: ctx.children(el, ['Choice']),
  };
};

export const buildRelation: TagBuilder<'Relation'> = (el, ctx) => {
  const a = ctx.attributes(el);
  ctx.children(el, []);
  return {
    tag: 'Relation',
    ...position(el),
    attrs: rawAttributes(el),
    value: requiredValue(el, a),
    background: a.string('background'),
  };
};
