// <HyperText>: task HTML, sanitized once per value with DOMPurify, with span regions stored in
// Label Studio's XPath format. Spans are painted over the rendered HTML (see hypertext-paint)
// so edits never re-sanitize or re-render it.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ResultItem } from '../../../../../shared/annotation/result-item-types';
import { resolveTemplate } from '../../../../../shared/label-config/variables';
import { useEditorResult, useSelectedRegionId } from '../../stores/editor-store';
import { useRenderContext } from '../render-context';
import type { NodeOfTag } from '../renderer-types';
import { regionsAtTarget } from '../spans/dom-offsets';
import { globalOffset } from '../spans/hypertext-dom';
import { hyperTextItemFor, locateHyperTextSpan, usePristine } from '../spans/hypertext-spans';
import { MissingData } from '../spans/missing-data';
import { labelsControlsFor } from '../spans/region-controls';
import { SpanViewCache } from '../spans/span-views';
import { useHyperTextPaint } from '../spans/use-hypertext-paint';
import { useIssueRegionIds } from '../spans/use-issue-ids';
import { useSpanCreation } from '../spans/use-span-creation';
import '../spans/span-line.css';
import './hypertext-object.css';

type HyperTextNode = NodeOfTag<'HyperText'>;

export function HyperTextObject({ node }: { node: HyperTextNode }) {
  const { data } = useRenderContext();
  const value = resolveTemplate(node.value, data);
  if (value === undefined || value === null) return <MissingData template={node.value} />;
  return <HyperTextBody node={node} html={typeof value === 'string' ? value : String(value)} />;
}

function HyperTextBody({ node, html }: { node: HyperTextNode; html: string }) {
  const { config, readOnly } = useRenderContext();
  const pristine = usePristine(html);
  const controls = useMemo(() => labelsControlsFor(config, node.name), [config, node.name]);
  const result = useEditorResult();
  const selectedId = useSelectedRegionId();
  const issueIds = useIssueRegionIds();
  const [cache] = useState(() => new SpanViewCache());
  const locate = useCallback((item: ResultItem) => locateHyperTextSpan(pristine, item), [pristine]);
  const spans = useMemo(
    () => cache.build(result, node.name, controls, issueIds, locate),
    [cache, result, node.name, controls, issueIds, locate],
  );
  const rootRef = useRef<HTMLDivElement>(null);
  const tagsRef = useRef<HTMLDivElement>(null);
  const key = useId().replace(/[^\w-]/g, '');
  const clickedRef = useRef<string | null>(null);
  const css = useHyperTextPaint({
    rootRef,
    tagsRef,
    key,
    clean: pristine.clean,
    spans,
    selectedId,
    clickedRef,
  });

  useSpanCreation({
    containerRef: rootRef,
    controls,
    enabled: !readOnly && node.selectionEnabled,
    buildItem: (range, control, labels) =>
      hyperTextItemFor(pristine, rootRef.current, range, node, control, labels),
    regionsAt: (event) => {
      const marked = regionsAtTarget(event.target);
      const root = rootRef.current;
      if (marked.length > 0 || !root) return marked;
      const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY);
      if (!caret || !root.contains(caret.offsetNode)) return [];
      const at = globalOffset(root, caret.offsetNode, caret.offset);
      return spans
        .filter((s) => s.start <= at && s.end > at)
        .sort((a, b) => a.start - b.start || b.end - a.end)
        .map((s) => s.id);
    },
    onRegionClick: (id) => {
      clickedRef.current = id;
    },
  });

  // Links navigate only with clickableLinks, and then in a new tab: the editor stays put.
  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link) return;
      event.preventDefault();
      const href = link.getAttribute('href');
      if (node.clickableLinks && href) window.open(href, '_blank', 'noopener,noreferrer');
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [node.clickableLinks]);

  const markup = useMemo(() => ({ __html: pristine.clean }), [pristine.clean]);
  return (
    <div className="lc-hypertext-frame">
      {css && <style>{css}</style>}
      <div
        ref={rootRef}
        className={`lc-hypertext prose${!readOnly && node.selectionEnabled ? ' lc-hypertext--selectable' : ''}`}
        role="region"
        aria-label={`HyperText: ${node.name}`}
        // Long documents scroll on their own; keyboard users must be able to scroll them.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        // Sanitized with DOMPurify in sanitizeHyperText (scripts, handlers, forms, iframes gone).
        dangerouslySetInnerHTML={markup}
      />
      {css && (
        <div ref={tagsRef} className="lc-hypertext__tags" aria-hidden="true">
          <div />
        </div>
      )}
    </div>
  );
}
