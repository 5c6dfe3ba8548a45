// Which values of a result item count toward a control's label distribution. Keyed by
// ControlTag, so a new control must say whether (and how) it is counted.
import { CONTROL_SPECS } from '../../../shared/label-config/control-specs';
import { controlOptions } from '../../../shared/label-config/control-options';
import { isPlainObject, isStringArray } from '../../../shared/label-config/json-values';
import type { ControlTag } from '../../../shared/label-config/tag-names';
import type { ControlNode, ControlNodeOf } from '../../../shared/label-config/tag-tree';

export interface ItemParts {
  fromName: string;
  type: string;
  value: Record<string, unknown>;
}

/** How one control's items are counted, set up once per request. */
export interface ValueCounter {
  /** Values listed even when nothing chose them, in the config's order. */
  declared: readonly string[];
  /** The values one item of this control counts toward (a value may repeat). */
  read: (item: ItemParts) => string[];
}

type CounterFor<K extends ControlTag> = (control: ControlNodeOf<K>) => ValueCounter;

/**
 * A control storing a list of option values under its spec's key (choices, labels,
 * rectanglelabels…). Only items of that very type carry them: a bare `rectangle` has none.
 * Aliases count toward the option they stand for.
 */
const optionList = (control: ControlNode): ValueCounter => {
  const key = CONTROL_SPECS[control.tag].valueKey;
  const options = controlOptions(control);
  const byAlias = new Map(
    options.flatMap((o) => (o.alias === undefined ? [] : [[o.alias, o.value]])),
  );
  return {
    declared: options.map((o) => o.value),
    read: ({ type, value }) => {
      const list = key === undefined || type !== key ? undefined : value[key];
      return isStringArray(list) ? list.map((v) => byAlias.get(v) ?? v) : [];
    },
  };
};

/** Each selected path, written with the control's own separator ("Animal/Cat"). */
const taxonomy: CounterFor<'Taxonomy'> = (control) => ({
  declared: [],
  read: ({ value }) => {
    const paths = value['taxonomy'];
    if (!Array.isArray(paths)) return [];
    return paths.filter(isStringArray).map((path) => path.join(control.pathSeparator));
  },
});

const rating: CounterFor<'Rating'> = (control) => ({
  declared: Array.from({ length: control.maxRating }, (_, i) => String(i + 1)),
  read: ({ value }) => {
    const stars = value['rating'];
    return typeof stars === 'number' && Number.isInteger(stars) ? [String(stars)] : [];
  },
});

/** Free text, numbers, dates and bare shapes have no labels to count: null. */
const COUNTERS: { readonly [K in ControlTag]: CounterFor<K> | null } = {
  Choices: optionList,
  TextArea: null,
  Rating: rating,
  Number: null,
  DateTime: null,
  Taxonomy: taxonomy,
  Labels: optionList,
  RectangleLabels: optionList,
  Rectangle: null,
  PolygonLabels: optionList,
  Polygon: null,
  KeyPointLabels: optionList,
  KeyPoint: null,
};

/** The counter for a control, or null when its values are not labels. */
export function valueCounterOf(control: ControlNode): ValueCounter | null {
  // The mapped type pairs each tag with a counter taking that tag's node.
  const make = COUNTERS[control.tag] as CounterFor<ControlTag> | null;
  return make ? make(control) : null;
}

/** A result item's control name, type and value; undefined for relations and malformed entries. */
export function itemParts(entry: unknown): ItemParts | undefined {
  if (!isPlainObject(entry)) return undefined;
  const { from_name: fromName, type, value } = entry;
  if (typeof fromName !== 'string' || typeof type !== 'string' || !isPlainObject(value)) {
    return undefined;
  }
  return { fromName, type, value };
}
