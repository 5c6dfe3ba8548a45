// <Paragraphs>: a list of {author, text} objects (keys from nameKey/textKey), with span regions
// inside one paragraph or across several. Paragraphs are laid end to end in one document string
// joined by "\n", so selection, windowing and painting are shared with <Text>.
import { memo, useCallback, useMemo } from 'react';
import { CodePointIndex } from '../../../../../shared/annotation/code-points';
import { paragraphSpanItem } from '../../../../../shared/annotation/result-items';
import type { ResultItem } from '../../../../../shared/annotation/result-item-types';
import { resolveTemplate } from '../../../../../shared/label-config/variables';
import { useRenderContext } from '../render-context';
import type { NodeOfTag } from '../renderer-types';
import type { LineRange } from '../spans/line-buckets';
import { lineOf } from '../spans/line-buckets';
import { MissingData } from '../spans/missing-data';
import { useRowEstimate } from '../spans/use-row-estimate';
import type { LabelsControl } from '../spans/region-controls';
import { SpanDocument, type RowProps, type SpanRange } from '../spans/span-document';
import { SpanLine } from '../spans/span-line';
import './paragraphs-object.css';

type ParagraphsNode = NodeOfTag<'Paragraphs'>;

/** Longer lists mount only the paragraphs near the viewport. */
const VIRTUALIZE_ABOVE = 100;

const field = (p: unknown, key: string): string => {
  const v = typeof p === 'object' && p !== null ? (p as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
};

export function ParagraphsObject({ node }: { node: ParagraphsNode }) {
  const { data } = useRenderContext();
  const value = resolveTemplate(node.value, data);
  if (value === undefined || value === null) return <MissingData template={node.value} />;
  if (!Array.isArray(value))
    return <MissingData template={node.value} problem="This task's paragraphs are not a list." />;
  return <ParagraphsBody node={node} list={value} />;
}

function makeRow(dialogue: boolean) {
  return memo(function ParagraphRow({
    index,
    line,
    doc,
    spans,
    selectedId,
    showLabels,
    measure,
    caption,
  }: RowProps) {
    return (
      <div
        className={`lc-para${dialogue ? ' lc-para--dialogue' : ''}`}
        data-index={index}
        ref={measure}
      >
        {caption && <span className="lc-para__author">{caption}</span>}
        <div className="lc-para__text" data-offset={line.start} data-end={line.end}>
          <SpanLine
            doc={doc}
            start={line.start}
            end={line.end}
            spans={spans}
            selectedId={selectedId}
            showLabels={showLabels}
          />
        </div>
      </div>
    );
  });
}

const DialogueRow = makeRow(true);
const PlainRow = makeRow(false);

const int = (v: unknown) => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
};

function ParagraphsBody({ node, list }: { node: ParagraphsNode; list: readonly unknown[] }) {
  const { doc, lines, authors, indexes } = useMemo(() => {
    const texts = list.map((p) => field(p, node.textKey));
    const ranges: LineRange[] = [];
    let at = 0;
    for (const text of texts) {
      ranges.push({ start: at, end: at + text.length });
      at += text.length + 1;
    }
    return {
      doc: texts.join('\n'),
      lines: ranges,
      authors: list.map((p) => field(p, node.nameKey)),
      // One code-point index per paragraph text.
      indexes: texts.map((t) => new CodePointIndex(t)),
    };
  }, [list, node.textKey, node.nameKey]);

  const locate = useCallback(
    (item: ResultItem) => {
      const [p1, p2] = [int(item.value['start']), int(item.value['end'])];
      const [o1, o2] = [int(item.value['startOffset']), int(item.value['endOffset'])];
      if (p1 === null || p2 === null || o1 === null || o2 === null) return null;
      const [l1, l2, i1, i2] = [lines[p1], lines[p2], indexes[p1], indexes[p2]];
      if (!l1 || !l2 || !i1 || !i2) return null;
      return { start: l1.start + i1.toUtf16(o1), end: l2.start + i2.toUtf16(o2) };
    },
    [lines, indexes],
  );

  const toItem = useCallback(
    (range: SpanRange, control: LabelsControl, labels: readonly string[]) => {
      const p1 = lineOf(lines, range.start);
      let p2 = lineOf(lines, range.end - 1);
      // An end on the "\n" between paragraphs belongs to the paragraph before it.
      if (p2 > p1 && range.end <= (lines[p2]?.start ?? 0)) p2 -= 1;
      const [l1, l2, i1, i2] = [lines[p1], lines[p2], indexes[p1], indexes[p2]];
      if (!l1 || !l2 || !i1 || !i2) return null;
      const start = Math.max(range.start, l1.start);
      const end = Math.min(range.end, l2.end);
      if (end <= start) return null;
      const span = {
        start: p1,
        end: p2,
        startOffset: i1.toCodePoint(start - l1.start),
        endOffset: i2.toCodePoint(end - l2.start),
        text: doc.slice(start, end),
      };
      return paragraphSpanItem(control, span, labels, { toName: node.name });
    },
    [lines, indexes, doc, node.name],
  );

  const estimateRowSize = useRowEstimate(lines, 32, 90);

  return (
    <SpanDocument
      objectName={node.name}
      label={`Paragraphs: ${node.name}`}
      doc={doc}
      lines={lines}
      captions={authors}
      Row={node.layout === 'dialogue' ? DialogueRow : PlainRow}
      granularity={node.granularity}
      selectionEnabled
      showLabels
      virtualize={lines.length > VIRTUALIZE_ABOVE}
      estimateRowSize={estimateRowSize}
      locate={locate}
      toItem={toItem}
    />
  );
}
