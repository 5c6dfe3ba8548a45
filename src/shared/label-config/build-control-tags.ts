import type { AttributeReader } from './attribute-reader';
import { errorAt } from './config-error';
import { position, rawAttributes, type BuildContext, type TagBuilder } from './build-context';
import { dateTimeFormat, isValidDateTime } from './datetime-format';
import type { RegionControlTag } from './tag-names';
import type { ChoiceNode, DateTimePart, RegionControlNode } from './tag-tree';
import { readVisibility } from './visibility-attributes';
import type { RawElement } from './xml-reader';

function controlBase(el: RawElement, a: AttributeReader) {
  return {
    ...position(el),
    attrs: rawAttributes(el),
    name: a.required('name') ?? '',
    // Resolved (implied object, existence, kind) by wire-names.ts once all names are known.
    toName: a.list('toName'),
    required: a.bool('required', false),
    requiredMessage: a.string('requiredMessage'),
    perRegion: a.bool('perRegion', false),
    visibility: readVisibility(a),
  };
}

/** `<Choices value="$options">` builds options from task data: tier 2. */
function rejectDynamicOptions(el: RawElement, a: AttributeReader, ctx: BuildContext): void {
  const value = a.string('value');
  if (value !== undefined && value.trim().startsWith('$')) {
    ctx.errors.push(
      errorAt(
        el,
        `Tag ${el.name} with dynamic options (value="${value}") is not supported yet`,
        'value',
      ),
    );
  }
}

export const buildChoices: TagBuilder<'Choices'> = (el, ctx) => {
  const a = ctx.attributes(el);
  rejectDynamicOptions(el, a, ctx);
  const options = ctx.children(el, ['Choice']);
  for (const option of options) {
    const nested = option.children[0];
    if (nested) {
      ctx.errors.push({
        message: `<Choice> inside <Choice> is only allowed in <Taxonomy> (choice "${option.value}")`,
        line: nested.line,
        column: nested.column,
        tag: 'Choice',
      });
    }
  }
  return {
    tag: 'Choices',
    ...controlBase(el, a),
    choice: a.oneOf('choice', ['single', 'single-radio', 'multiple'], 'single'),
    showInline: a.bool('showInline', false),
    layout: a.string('layout'),
    options,
  };
};

export const buildTextArea: TagBuilder<'TextArea'> = (el, ctx) => {
  const a = ctx.attributes(el);
  ctx.children(el, []);
  return {
    tag: 'TextArea',
    ...controlBase(el, a),
    placeholder: a.string('placeholder'),
    rows: a.number('rows', { integer: true, positive: true }),
    maxSubmissions: a.number('maxSubmissions', { integer: true, positive: true }),
    editable: a.bool('editable', false),
    transcription: a.bool('transcription', false),
  };
};

/** More stars than this is a typo, and would render thousands of icons. */
export const MAX_RATING_LIMIT = 100;

export const buildRating: TagBuilder<'Rating'> = (el, ctx) => {
  const a = ctx.attributes(el);
  ctx.children(el, []);
  const maxRating = a.number('maxRating', { integer: true, min: 1, max: MAX_RATING_LIMIT }) ?? 5;
  return {
    tag: 'Rating',
    ...controlBase(el, a),
    maxRating,
    defaultValue: a.number('defaultValue', { integer: true, min: 0, max: maxRating }),
    icon: a.string('icon'),
  };
};

export const buildNumber: TagBuilder<'Number'> = (el, ctx) => {
  const a = ctx.attributes(el);
  ctx.children(el, []);
  const min = a.number('min');
  const max = a.number('max');
  if (min !== undefined && max !== undefined && min > max) {
    ctx.errors.push(errorAt(el, `<${el.name}> min (${min}) is greater than max (${max})`, 'min'));
  }
  return {
    tag: 'Number',
    ...controlBase(el, a),
    min,
    max,
    step: a.number('step', { positive: true }) ?? 1,
    defaultValue: a.number('defaultValue'),
    slider: a.bool('slider', false),
  };
};

const DATETIME_PARTS: readonly DateTimePart[] = ['date', 'time', 'month', 'year'];

export const buildDateTime: TagBuilder<'DateTime'> = (el, ctx) => {
  const a = ctx.attributes(el);
  ctx.children(el, []);
  const only: DateTimePart[] = [];
  for (const part of a.list('only')) {
    const found = DATETIME_PARTS.find((p) => p === part.toLowerCase());
    if (found) only.push(found);
    else
      ctx.errors.push(
        errorAt(
          el,
          `Invalid value only="${a.string('only') ?? ''}" on <${el.name}>: expected a comma list of ${DATETIME_PARTS.join(', ')}`,
          'only',
        ),
      );
  }
  const format = dateTimeFormat(only);
  const bound = (name: 'min' | 'max'): string | undefined => {
    const value = a.string(name)?.trim();
    if (value === undefined || value === '') return undefined;
    if (isValidDateTime(value, format)) return value;
    ctx.errors.push(
      errorAt(
        el,
        `Invalid value ${name}="${value}" on <${el.name}>: expected like ${format.example}`,
        name,
      ),
    );
    return undefined;
  };
  return { tag: 'DateTime', ...controlBase(el, a), only, min: bound('min'), max: bound('max') };
};

export const buildTaxonomy: TagBuilder<'Taxonomy'> = (el, ctx) => {
  const a = ctx.attributes(el);
  const options: ChoiceNode[] = ctx.children(el, ['Choice']);
  return {
    tag: 'Taxonomy',
    ...controlBase(el, a),
    leafsOnly: a.bool('leafsOnly', false),
    showFullPath: a.bool('showFullPath', false),
    pathSeparator: a.string('pathSeparator') ?? '/',
    maxUsages: a.number('maxUsages', { integer: true, positive: true }),
    placeholder: a.string('placeholder'),
    options,
  };
};

function regionControl<T extends RegionControlTag>(tag: T): TagBuilder<T> {
  const build = (el: RawElement, ctx: BuildContext): RegionControlNode<T> => {
    const a = ctx.attributes(el);
    rejectDynamicOptions(el, a, ctx);
    return {
      tag,
      ...controlBase(el, a),
      choice: a.oneOf('choice', ['single', 'multiple'], 'single'),
      maxUsages: a.number('maxUsages', { integer: true, positive: true }),
      showInline: a.bool('showInline', true),
      strokeWidth: a.number('strokeWidth', { min: 0 }),
      opacity: a.number('opacity', { min: 0, max: 1 }),
      fillColor: a.string('fillColor'),
      allowEmpty: a.bool('allowEmpty', false),
      labels: ctx.children(el, ['Label']),
    };
  };
  // RegionControlNode<T> is the member NodeOf<T> extracts; TS cannot see that for generic T.
  return build as unknown as TagBuilder<T>;
}

export const buildLabels = regionControl('Labels');
export const buildRectangleLabels = regionControl('RectangleLabels');
export const buildRectangle = regionControl('Rectangle');
export const buildPolygonLabels = regionControl('PolygonLabels');
export const buildPolygon = regionControl('Polygon');
export const buildKeyPointLabels = regionControl('KeyPointLabels');
export const buildKeyPoint = regionControl('KeyPoint');

export const buildRelations: TagBuilder<'Relations'> = (el, ctx) => {
  const a = ctx.attributes(el);
  return {
    tag: 'Relations',
    ...position(el),
    attrs: rawAttributes(el),
    name: a.string('name'),
    relations: ctx.children(el, ['Relation']),
  };
};
