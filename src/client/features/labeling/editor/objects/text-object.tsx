// <Text>: the task's text with span regions (Labels), windowed in rows for long documents.
import { memo, useCallback, useMemo } from 'react';
import { CodePointIndex } from '../../../../../shared/annotation/code-points';
import { textSpanItem } from '../../../../../shared/annotation/result-items';
import type { ResultItem } from '../../../../../shared/annotation/result-item-types';
import { resolveTemplate } from '../../../../../shared/label-config/variables';
import { Spinner } from '../../../../components/spinner';
import { ErrorState } from '../../../../components/error-state';
import { useRenderContext } from '../render-context';
import type { NodeOfTag } from '../renderer-types';
import { splitIntoChunks } from '../spans/chunks';
import { MissingData } from '../spans/missing-data';
import type { LabelsControl } from '../spans/region-controls';
import { SpanDocument, type RowProps, type SpanRange } from '../spans/span-document';
import { SpanLine } from '../spans/span-line';
import { useRemoteText } from '../spans/use-remote-text';
import { useRowEstimate } from '../spans/use-row-estimate';
import './text-object.css';

type TextNode = NodeOfTag<'Text'>;

/** Below this many UTF-16 units every row renders (no windowing). */
const VIRTUALIZE_ABOVE = 20_000;
/** Rough line height and characters per line, for row estimates before measurement. */
const ROW_LINE_PX = 28;

export function TextObject({ node }: { node: TextNode }) {
  const { data } = useRenderContext();
  const value = resolveTemplate(node.value, data);
  if (value === undefined || value === null) return <MissingData template={node.value} />;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (node.valueType === 'url') return <RemoteText node={node} url={text} />;
  return <TextBody node={node} text={text} />;
}

function RemoteText({ node, url }: { node: TextNode; url: string }) {
  const query = useRemoteText(url);
  if (query.isPending) return <Spinner label="Loading the text…" />;
  if (query.isError)
    return (
      <ErrorState
        title="The text could not be loaded"
        message={query.error.message}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  return <TextBody node={node} text={query.data} />;
}

const TextRow = memo(function TextRow({
  index,
  line,
  doc,
  spans,
  selectedId,
  showLabels,
  measure,
}: RowProps) {
  return (
    <div
      className="lc-text-row"
      data-index={index}
      data-offset={line.start}
      data-end={line.end}
      ref={measure}
    >
      <SpanLine
        doc={doc}
        start={line.start}
        end={line.end}
        spans={spans}
        selectedId={selectedId}
        showLabels={showLabels}
      />
    </div>
  );
});

const num = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);

function TextBody({ node, text }: { node: TextNode; text: string }) {
  // One code-point index per text, never per region (2,000 spans on 200k characters).
  const index = useMemo(() => new CodePointIndex(text), [text]);
  const lines = useMemo(() => splitIntoChunks(text), [text]);
  const locate = useCallback(
    (item: ResultItem) => {
      const start = num(item.value['start']);
      const end = num(item.value['end']);
      if (start === null || end === null) return null;
      return { start: index.toUtf16(start), end: index.toUtf16(end) };
    },
    [index],
  );
  const toItem = useCallback(
    (range: SpanRange, control: LabelsControl, labels: readonly string[]) => {
      const start = index.toCodePoint(range.start);
      // Round an end inside a surrogate pair up, so the pair is covered whole.
      const end =
        index.toCodePoint(range.end) +
        (index.toUtf16(index.toCodePoint(range.end)) < range.end ? 1 : 0);
      return textSpanItem(control, index, { start, end }, labels, {
        toName: node.name,
        saveText: node.saveTextResult,
      });
    },
    [index, node.name, node.saveTextResult],
  );
  const estimateRowSize = useRowEstimate(lines, ROW_LINE_PX, 100);
  return (
    <SpanDocument
      objectName={node.name}
      label={`Text: ${node.name}`}
      doc={text}
      lines={lines}
      Row={TextRow}
      granularity={node.granularity}
      selectionEnabled={node.selectionEnabled}
      showLabels={node.showLabels !== false}
      virtualize={text.length > VIRTUALIZE_ABOVE}
      estimateRowSize={estimateRowSize}
      locate={locate}
      toItem={toItem}
    />
  );
}
