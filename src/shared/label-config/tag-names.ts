// Every tag Margin knows, grouped by role. The parser's discriminated union, the builder
// registry and the result-validator registry are all keyed by these unions, so adding a tag
// here without its builder/validator is a type error rather than a runtime surprise.

export const LAYOUT_TAGS = ['View', 'Header', 'Style'] as const;
export const OBJECT_TAGS = ['Text', 'HyperText', 'Image', 'Paragraphs'] as const;
/** Controls that produce one result for the whole object (or for a region, when perRegion). */
export const CLASSIFICATION_TAGS = [
  'Choices',
  'TextArea',
  'Rating',
  'Number',
  'DateTime',
  'Taxonomy',
] as const;
/** Controls that create regions on an object. */
export const REGION_CONTROL_TAGS = [
  'Labels',
  'RectangleLabels',
  'Rectangle',
  'PolygonLabels',
  'Polygon',
  'KeyPointLabels',
  'KeyPoint',
] as const;
/** Children that only make sense inside a specific parent. */
export const OPTION_TAGS = ['Label', 'Choice', 'Relation'] as const;

export type LayoutTag = (typeof LAYOUT_TAGS)[number];
export type ObjectTag = (typeof OBJECT_TAGS)[number];
export type ClassificationTag = (typeof CLASSIFICATION_TAGS)[number];
export type RegionControlTag = (typeof REGION_CONTROL_TAGS)[number];
export type ControlTag = ClassificationTag | RegionControlTag;
export type OptionTag = (typeof OPTION_TAGS)[number];
export type TagName = LayoutTag | ObjectTag | ControlTag | 'Relations' | OptionTag;

export const TIER1_TAGS: readonly TagName[] = [
  ...LAYOUT_TAGS,
  ...OBJECT_TAGS,
  ...CLASSIFICATION_TAGS,
  ...REGION_CONTROL_TAGS,
  'Relations',
  ...OPTION_TAGS,
];

/**
 * Label Studio tags we recognise but do not implement yet (label-config.md §2 tier 2 and the
 * rest of LS's tag list). A config using them gets "Tag X is not supported yet" instead of the
 * vaguer "unknown tag", so users know the config is fine for Label Studio.
 */
export const TIER2_TAGS: readonly string[] = [
  'Audio',
  'AudioPlus',
  'Video',
  'VideoRectangle',
  'TimeSeries',
  'TimeSeriesLabels',
  'Channel',
  'Ranker',
  'List',
  'Pairwise',
  'Ellipse',
  'EllipseLabels',
  'Brush',
  'BrushLabels',
  'MagicWand',
  'Bitmask',
  'BitmaskLabels',
  'Vector',
  'VectorLabels',
  'Table',
  'HyperTextLabels',
  'ParagraphLabels',
  'Repeater',
  'Markdown',
  'Filter',
  'Collapse',
  'Panel',
  'Chat',
  'PDF',
  'Timeline',
  'TimelineLabels',
  'Shortcut',
  'Dialog',
  'Char',
];

const tier1ByLower = new Map<string, TagName>(TIER1_TAGS.map((t) => [t.toLowerCase(), t]));
const tier2ByLower = new Map<string, string>(TIER2_TAGS.map((t) => [t.toLowerCase(), t]));

/** Tag names are case-insensitive (`<view>` = `<View>`); returns the canonical spelling. */
export function canonicalTagName(name: string): TagName | undefined {
  return tier1ByLower.get(name.toLowerCase());
}

export function canonicalTier2TagName(name: string): string | undefined {
  return tier2ByLower.get(name.toLowerCase());
}

const objectSet: ReadonlySet<string> = new Set(OBJECT_TAGS);
const classificationSet: ReadonlySet<string> = new Set(CLASSIFICATION_TAGS);
const regionControlSet: ReadonlySet<string> = new Set(REGION_CONTROL_TAGS);

export const isObjectTag = (tag: string): tag is ObjectTag => objectSet.has(tag);
export const isClassificationTag = (tag: string): tag is ClassificationTag =>
  classificationSet.has(tag);
export const isRegionControlTag = (tag: string): tag is RegionControlTag =>
  regionControlSet.has(tag);
export const isControlTag = (tag: string): tag is ControlTag =>
  isClassificationTag(tag) || isRegionControlTag(tag);
