// Static facts per control tag: which objects it can point at, what result `type` and `value`
// key it writes, and what region geometry it draws. Keyed by ControlTag, so a new control
// without its facts fails typecheck.
import type { ControlTag, ObjectTag } from './tag-names';

/** Geometry a control draws; `span` takes its exact shape from the object (Text, Paragraphs…). */
export type RegionShape = 'span' | 'rectangle' | 'polygon' | 'keypoint';

export interface ControlSpec {
  readonly targets: readonly ObjectTag[];
  /** The type it writes; region controls with labels also accept their bare shape type. */
  readonly resultTypes: readonly string[];
  /** Key inside `value` holding the control's data; undefined for bare-shape tools. */
  readonly valueKey: string | undefined;
  readonly region: RegionShape | undefined;
  /** Whether `toName` may list several objects (classification controls only). */
  readonly multipleTargets: boolean;
}

const ANY_OBJECT: readonly ObjectTag[] = ['Text', 'HyperText', 'Image', 'Paragraphs'];
const TEXTUAL: readonly ObjectTag[] = ['Text', 'HyperText', 'Paragraphs'];

const classification = (key: string): ControlSpec => ({
  targets: ANY_OBJECT,
  resultTypes: [key],
  valueKey: key,
  region: undefined,
  multipleTargets: true,
});

const imageRegion = (shape: RegionShape, withLabels: boolean): ControlSpec => ({
  targets: ['Image'],
  resultTypes: withLabels ? [`${shape}labels`, shape] : [shape],
  valueKey: withLabels ? `${shape}labels` : undefined,
  region: shape,
  multipleTargets: false,
});

export const CONTROL_SPECS: { readonly [K in ControlTag]: ControlSpec } = {
  Choices: classification('choices'),
  TextArea: { ...classification('textarea'), valueKey: 'text' },
  Rating: classification('rating'),
  Number: classification('number'),
  DateTime: classification('datetime'),
  Taxonomy: classification('taxonomy'),
  Labels: {
    targets: TEXTUAL,
    resultTypes: ['labels'],
    valueKey: 'labels',
    region: 'span',
    multipleTargets: false,
  },
  RectangleLabels: imageRegion('rectangle', true),
  Rectangle: imageRegion('rectangle', false),
  PolygonLabels: imageRegion('polygon', true),
  Polygon: imageRegion('polygon', false),
  KeyPointLabels: imageRegion('keypoint', true),
  KeyPoint: imageRegion('keypoint', false),
};

/** Result type → the region shape it carries, for items whose control draws regions. */
export function shapeOfType(type: string): RegionShape | undefined {
  if (type === 'labels') return 'span';
  const bare = type.endsWith('labels') ? type.slice(0, -'labels'.length) : type;
  return bare === 'rectangle' || bare === 'polygon' || bare === 'keypoint' ? bare : undefined;
}
