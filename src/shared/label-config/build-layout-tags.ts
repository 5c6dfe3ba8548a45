import { position, rawAttributes, valueOrText, type TagBuilder } from './build-context';
import {
  CLASSIFICATION_TAGS,
  LAYOUT_TAGS,
  OBJECT_TAGS,
  REGION_CONTROL_TAGS,
  type TagName,
} from './tag-names';
import { parseValueTemplate } from './variables';
import { readVisibility } from './visibility-attributes';

/** Everything a View may hold: layout, objects, controls and Relations — never bare options. */
export const VIEW_CHILD_TAGS = [
  ...LAYOUT_TAGS,
  ...OBJECT_TAGS,
  ...CLASSIFICATION_TAGS,
  ...REGION_CONTROL_TAGS,
  'Relations',
] as const satisfies readonly TagName[];

export const buildView: TagBuilder<'View'> = (el, ctx) => {
  const a = ctx.attributes(el);
  return {
    tag: 'View',
    ...position(el),
    attrs: rawAttributes(el),
    style: a.string('style'),
    className: a.string('className'),
    visibility: readVisibility(a),
    children: ctx.children(el, VIEW_CHILD_TAGS),
  };
};

export const buildHeader: TagBuilder<'Header'> = (el, ctx) => {
  const a = ctx.attributes(el);
  ctx.children(el, []);
  return {
    tag: 'Header',
    ...position(el),
    attrs: rawAttributes(el),
    value: parseValueTemplate(valueOrText(el, a) ?? ''),
    size: a.number('size', { integer: true, min: 1, max: 8 }),
    underline: a.bool('underline', false),
  };
};

export const buildStyle: TagBuilder<'Style'> = (el, ctx) => {
  ctx.children(el, []);
  return { tag: 'Style', ...position(el), attrs: rawAttributes(el), css: el.text };
};
