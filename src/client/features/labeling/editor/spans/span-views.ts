// The spans an object paints, as plain view objects in the object's own UTF-16 coordinates.
// Views keep their identity while their item is unchanged, so memoized rows can compare by
// reference and one edit re-renders only the rows it touches.
import { groupRegions } from '../../../../../shared/annotation/regions';
import type { ResultEntry, ResultItem } from '../../../../../shared/annotation/result-item-types';
import { labelColor, type LabelsControl } from './region-controls';

export interface SpanView {
  readonly id: string;
  /** UTF-16 offsets into the object's document text, end exclusive. */
  readonly start: number;
  readonly end: number;
  readonly color: string;
  /** Labels joined for display. */
  readonly label: string;
  readonly issue: boolean;
}

/** Maps a span item to UTF-16 offsets, or null when it does not fit the text. */
export type SpanLocator = (item: ResultItem) => { start: number; end: number } | null;

export class SpanViewCache {
  private views = new Map<ResultItem, SpanView>();
  private locate: SpanLocator | null = null;

  build(
    result: readonly ResultEntry[],
    objectName: string,
    controls: readonly LabelsControl[],
    issueIds: ReadonlySet<string>,
    locate: SpanLocator,
  ): SpanView[] {
    // A new locator means a new text (or config): cached offsets no longer hold.
    if (locate !== this.locate) this.views.clear();
    this.locate = locate;
    const next = new Map<ResultItem, SpanView>();
    const out: SpanView[] = [];
    for (const region of groupRegions(result).regions) {
      const item = region.shapeItem;
      if (!item || item.to_name !== objectName || item.type !== 'labels') continue;
      const issue = issueIds.has(item.id);
      let view = this.views.get(item);
      if (!view || view.issue !== issue) {
        const at = locate(item);
        if (!at || at.end <= at.start) continue;
        const labels = Array.isArray(item.value['labels']) ? item.value['labels'] : [];
        const control = controls.find((c) => c.name === item.from_name);
        view = {
          id: item.id,
          ...at,
          color: labelColor(control, labels),
          label: labels.map(String).join(', '),
          issue,
        };
      }
      next.set(item, view);
      out.push(view);
    }
    this.views = next;
    return out;
  }
}
