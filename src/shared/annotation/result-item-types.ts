// Label Studio result items (label-config.md §3), as Margin writes them.

export type Origin = 'manual' | 'prediction' | 'prediction-changed';
export type RelationDirection = 'right' | 'left' | 'bi';

export interface ResultItem {
  id: string;
  from_name: string;
  to_name: string;
  type: string;
  origin?: Origin;
  original_width?: number;
  original_height?: number;
  image_rotation?: number;
  value: Record<string, unknown>;
  score?: number;
  readonly?: boolean;
  parentID?: string;
  meta?: Record<string, unknown>;
}

export interface RelationItem {
  from_id: string;
  to_id: string;
  type: 'relation';
  direction: RelationDirection;
  labels?: string[];
}

export type ResultEntry = ResultItem | RelationItem;

export function isRelation(entry: ResultEntry): entry is RelationItem {
  return entry.type === 'relation';
}

/** Natural size and rotation of the image a region is drawn on (top-level item fields). */
export interface ImageFrame {
  original_width: number;
  original_height: number;
  image_rotation: number;
}
