// A classification control's live item: re-renders only when that item (or, for perRegion
// controls, the selected region) changes, not on every edit of the result.
import { useCallback } from 'react';
import type { ClassificationInput } from '../../../../../shared/annotation/result-items';
import type { ResultItem } from '../../../../../shared/annotation/result-item-types';
import type { ClassificationTag } from '../../../../../shared/label-config/tag-names';
import type { ClassificationNodeOf } from '../../../../../shared/label-config/tag-tree';
import { useEditorSelector } from '../../stores/editor-store';
import { useRenderContext } from '../render-context';
import {
  findClassification,
  selectedRegionFor,
  writeClassification,
} from './classification-access';

export interface Classification<K extends ClassificationTag> {
  /** The control's item (for perRegion controls, the selected region's). */
  readonly item: ResultItem | undefined;
  /** The region a perRegion control writes to. */
  readonly region: ResultItem | undefined;
  readonly readOnly: boolean;
  /** One undo step; `undefined` removes the item. */
  write(input: ClassificationInput[K] | undefined): void;
}

export function useClassification<K extends ClassificationTag>(
  control: ClassificationNodeOf<K>,
): Classification<K> {
  const { readOnly } = useRenderContext();
  const region = useEditorSelector((s) =>
    control.perRegion ? selectedRegionFor(control, s.result, s.selectedRegionId) : undefined,
  );
  const item = useEditorSelector((s) => findClassification(control, s.result, region));
  const write = useCallback(
    (input: ClassificationInput[K] | undefined) => {
      if (!readOnly) writeClassification(control, input);
    },
    [control, readOnly],
  );
  return { item, region, readOnly, write };
}

/** A list of strings stored under `key` in an item's value (choices, text). */
export function storedList(item: ResultItem | undefined, key: string): string[] | undefined {
  const raw = item?.value[key];
  return Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : undefined;
}
