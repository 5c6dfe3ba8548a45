import type { AttributeReader } from './attribute-reader';
import { position, rawAttributes, type BuildContext, type TagBuilder } from './build-context';
import type { Granularity } from './tag-tree';
import { parseValueTemplate } from './variables';
import type { RawElement } from './xml-reader';

const GRANULARITY: readonly Granularity[] = ['symbol', 'word'];

function objectBase(el: RawElement, ctx: BuildContext, a: AttributeReader) {
  ctx.children(el, []);
  return {
    ...position(el),
    attrs: rawAttributes(el),
    name: a.required('name') ?? '',
    value: parseValueTemplate(a.required('value') ?? ''),
  };
}

export const buildText: TagBuilder<'Text'> = (el, ctx) => {
  const a = ctx.attributes(el);
  return {
    tag: 'Text',
    ...objectBase(el, ctx, a),
    valueType: a.oneOf('valueType', ['text', 'url'], 'text'),
    saveTextResult: a.bool('saveTextResult', true),
    granularity: a.oneOf('granularity', GRANULARITY, 'symbol'),
    selectionEnabled: a.bool('selectionEnabled', true),
    highlightColor: a.string('highlightColor'),
    showLabels: a.optionalBool('showLabels'),
  };
};

export const buildHyperText: TagBuilder<'HyperText'> = (el, ctx) => {
  const a = ctx.attributes(el);
  return {
    tag: 'HyperText',
    ...objectBase(el, ctx, a),
    inline: a.bool('inline', false),
    saveTextResult: a.bool('saveTextResult', true),
    selectionEnabled: a.bool('selectionEnabled', true),
    clickableLinks: a.bool('clickableLinks', false),
    granularity: a.oneOf('granularity', GRANULARITY, 'symbol'),
  };
};

export const buildImage: TagBuilder<'Image'> = (el, ctx) => {
  const a = ctx.attributes(el);
  return {
    tag: 'Image',
    ...objectBase(el, ctx, a),
    zoom: a.bool('zoom', false),
    zoomControl: a.bool('zoomControl', false),
    rotateControl: a.bool('rotateControl', false),
    brightnessControl: a.bool('brightnessControl', false),
    contrastControl: a.bool('contrastControl', false),
    maxWidth: a.string('maxWidth'),
    crosshair: a.bool('crosshair', false),
  };
};

export const buildParagraphs: TagBuilder<'Paragraphs'> = (el, ctx) => {
  const a = ctx.attributes(el);
  return {
    tag: 'Paragraphs',
    ...objectBase(el, ctx, a),
    layout: a.oneOf('layout', ['none', 'dialogue'], 'none'),
    nameKey: a.string('nameKey') ?? 'author',
    textKey: a.string('textKey') ?? 'text',
    granularity: a.oneOf('granularity', GRANULARITY, 'symbol'),
  };
};
