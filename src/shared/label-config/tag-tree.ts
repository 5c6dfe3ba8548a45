// The typed tag tree the parser produces: one interface per tag, discriminated by `tag`.
// Attributes that may be absent are `T | undefined` fields (always present as keys) so code
// reading the tree never has to care whether the XML spelled them.
import type {
  ClassificationTag,
  ControlTag,
  ObjectTag,
  RegionControlTag,
  TagName,
} from './tag-names';
import type { ValueTemplate } from './variables';

export interface SourcePosition {
  /** 1-based line of the start tag. */
  readonly line: number;
  /** 1-based column of the `<` of the start tag (in code points). */
  readonly column: number;
}

export type VisibleWhen =
  'region-selected' | 'no-region-selected' | 'choice-selected' | 'choice-unselected';

/** `visibleWhen` and its companions, on a View or a control. */
export interface VisibilityCondition {
  readonly when: VisibleWhen;
  readonly tagName: string | undefined;
  /** `whenLabelValue` / `whenChoiceValue`, comma-separated in the XML. */
  readonly values: readonly string[];
}

interface NodeBase extends SourcePosition {
  /** Attributes as written (original case), for Label Studio's `labels_attrs` and renderers. */
  readonly attrs: Readonly<Record<string, string>>;
}

// ---- layout ---------------------------------------------------------------------------------

export interface ViewNode extends NodeBase {
  readonly tag: 'View';
  readonly style: string | undefined;
  readonly className: string | undefined;
  readonly visibility: VisibilityCondition | undefined;
  readonly children: readonly LayoutChild[];
}

export interface HeaderNode extends NodeBase {
  readonly tag: 'Header';
  /** `value` or the inner text; may hold `$var` interpolations. */
  readonly value: ValueTemplate;
  readonly size: number | undefined;
  readonly underline: boolean;
}

export interface StyleNode extends NodeBase {
  readonly tag: 'Style';
  /** Raw CSS: renderers must scope and sanitize it (label-config.md §2). */
  readonly css: string;
}

// ---- objects --------------------------------------------------------------------------------

interface ObjectBase extends NodeBase {
  readonly name: string;
  readonly value: ValueTemplate;
}

export type Granularity = 'symbol' | 'word';

export interface TextNode extends ObjectBase {
  readonly tag: 'Text';
  readonly valueType: 'text' | 'url';
  readonly saveTextResult: boolean;
  readonly granularity: Granularity;
  readonly selectionEnabled: boolean;
  readonly highlightColor: string | undefined;
  readonly showLabels: boolean | undefined;
}

export interface HyperTextNode extends ObjectBase {
  readonly tag: 'HyperText';
  readonly inline: boolean;
  readonly saveTextResult: boolean;
  readonly selectionEnabled: boolean;
  readonly clickableLinks: boolean;
  readonly granularity: Granularity;
}

export interface ImageNode extends ObjectBase {
  readonly tag: 'Image';
  readonly zoom: boolean;
  readonly zoomControl: boolean;
  readonly rotateControl: boolean;
  readonly brightnessControl: boolean;
  readonly contrastControl: boolean;
  readonly maxWidth: string | undefined;
  readonly crosshair: boolean;
}

export interface ParagraphsNode extends ObjectBase {
  readonly tag: 'Paragraphs';
  readonly layout: 'none' | 'dialogue';
  readonly nameKey: string;
  readonly textKey: string;
  readonly granularity: Granularity;
}

export type ObjectNode = TextNode | HyperTextNode | ImageNode | ParagraphsNode;

// ---- options (children of controls) ---------------------------------------------------------

interface OptionBase extends NodeBase {
  readonly value: string;
  readonly alias: string | undefined;
  readonly hotkey: string | undefined;
  readonly hint: string | undefined;
}

export interface LabelNode extends OptionBase {
  readonly tag: 'Label';
  readonly background: string;
  readonly maxUsages: number | undefined;
}

export interface ChoiceNode extends OptionBase {
  readonly tag: 'Choice';
  readonly selected: boolean;
  /** Only Taxonomy nests choices. */
  readonly children: readonly ChoiceNode[];
}

export interface RelationNode extends NodeBase {
  readonly tag: 'Relation';
  readonly value: string;
  readonly background: string | undefined;
}

// ---- controls -------------------------------------------------------------------------------

interface ControlBase extends NodeBase {
  readonly name: string;
  /** Object names; filled from the only object when the XML omits `toName`. */
  readonly toName: readonly string[];
  readonly required: boolean;
  readonly requiredMessage: string | undefined;
  readonly perRegion: boolean;
  readonly visibility: VisibilityCondition | undefined;
}

export type ChoiceMode = 'single' | 'single-radio' | 'multiple';

export interface ChoicesNode extends ControlBase {
  readonly tag: 'Choices';
  readonly choice: ChoiceMode;
  readonly showInline: boolean;
  readonly layout: string | undefined;
  readonly options: readonly ChoiceNode[];
}

export interface TextAreaNode extends ControlBase {
  readonly tag: 'TextArea';
  readonly placeholder: string | undefined;
  readonly rows: number | undefined;
  readonly maxSubmissions: number | undefined;
  readonly editable: boolean;
  readonly transcription: boolean;
}

export interface RatingNode extends ControlBase {
  readonly tag: 'Rating';
  readonly maxRating: number;
  readonly defaultValue: number | undefined;
  readonly icon: string | undefined;
}

export interface NumberNode extends ControlBase {
  readonly tag: 'Number';
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly step: number;
  readonly defaultValue: number | undefined;
  readonly slider: boolean;
}

export type DateTimePart = 'date' | 'time' | 'month' | 'year';

export interface DateTimeNode extends ControlBase {
  readonly tag: 'DateTime';
  /** Empty = full date and time. */
  readonly only: readonly DateTimePart[];
  readonly min: string | undefined;
  readonly max: string | undefined;
}

export interface TaxonomyNode extends ControlBase {
  readonly tag: 'Taxonomy';
  readonly leafsOnly: boolean;
  readonly showFullPath: boolean;
  readonly pathSeparator: string;
  readonly maxUsages: number | undefined;
  readonly placeholder: string | undefined;
  readonly options: readonly ChoiceNode[];
}

export interface RegionControlNode<
  T extends RegionControlTag = RegionControlTag,
> extends ControlBase {
  readonly tag: T;
  /** Labels per region: `single` or `multiple`. */
  readonly choice: 'single' | 'multiple';
  readonly maxUsages: number | undefined;
  readonly showInline: boolean;
  readonly strokeWidth: number | undefined;
  readonly opacity: number | undefined;
  readonly fillColor: string | undefined;
  readonly allowEmpty: boolean;
  readonly labels: readonly LabelNode[];
}

/** Distributes so `Extract<ControlNode, {tag: 'Labels'}>` finds the right member. */
export type AnyRegionControlNode = {
  [K in RegionControlTag]: RegionControlNode<K>;
}[RegionControlTag];

export type ClassificationNode =
  ChoicesNode | TextAreaNode | RatingNode | NumberNode | DateTimeNode | TaxonomyNode;

export type ControlNode = ClassificationNode | AnyRegionControlNode;

export interface RelationsNode extends NodeBase {
  readonly tag: 'Relations';
  readonly name: string | undefined;
  readonly relations: readonly RelationNode[];
}

// ---- unions ---------------------------------------------------------------------------------

/** What a View may contain. */
export type LayoutChild =
  ViewNode | HeaderNode | StyleNode | ObjectNode | ControlNode | RelationsNode;

export type ConfigNode = LayoutChild | LabelNode | ChoiceNode | RelationNode;

export type NodeOf<T extends TagName> = Extract<ConfigNode, { tag: T }>;
export type ControlNodeOf<T extends ControlTag> = Extract<ControlNode, { tag: T }>;
export type ObjectNodeOf<T extends ObjectTag> = Extract<ObjectNode, { tag: T }>;
export type ClassificationNodeOf<T extends ClassificationTag> = Extract<
  ClassificationNode,
  { tag: T }
>;
