// Shared state of one validateResult call and of one result item being checked.
import type { RegionShape } from './control-specs';
import type { JsonObject } from './json-values';
import type { LabelConfig } from './label-config';
import type { ObjectSource } from './object-source';
import type { Issues } from './result-issues';
import type { ControlNode, ObjectNode } from './tag-tree';

/** submit: everything incl. required; skip/draft/prediction: all but required. */
export type ValidationMode = 'submit' | 'skip' | 'draft' | 'prediction';

export interface ResultContext {
  readonly config: LabelConfig;
  readonly data: Record<string, unknown>;
  readonly mode: ValidationMode;
  readonly issues: Issues;
  /** Cached per object for the whole call. */
  source(object: ObjectNode): ObjectSource;
}

/** An item whose from_name/to_name/type/value passed the basic checks. */
export interface CheckedItem {
  readonly index: number;
  readonly path: string;
  readonly id: string | undefined;
  readonly item: JsonObject;
  readonly value: JsonObject;
  readonly type: string;
  readonly control: ControlNode;
  readonly object: ObjectNode;
  /** Set when this item defines a region (it comes from a region control). */
  readonly shape: RegionShape | undefined;
}

export interface ItemContext extends CheckedItem {
  readonly result: ResultContext;
  /** `field` relative to the item: `value.end`, `id`; '' for the item itself. */
  error(field: string, message: string): void;
}
