// Renders a config node through the registry from context. Views render their children with
// LayoutChildren, so the tree is walked by React and each node memoizes on its own.
import { memo } from 'react';
import type { LayoutChild } from '../../../../shared/label-config/tag-tree';
import { useRenderContext } from './render-context';
import type { LayoutTagName, NodeOfTag, Renderer } from './renderer-types';
import { useIsVisible } from './visibility';

export const LayoutNode = memo(function LayoutNode({ node }: { node: LayoutChild }) {
  const { registry } = useRenderContext();
  const visible = useIsVisible(node);
  if (!visible) return null;
  const Component = registry[node.tag] as Renderer<LayoutTagName>;
  return <Component node={node as NodeOfTag<LayoutTagName>} />;
});

export function LayoutChildren({ nodes }: { nodes: readonly LayoutChild[] }) {
  return (
    <>
      {nodes.map((node, i) => (
        <LayoutNode key={`${node.tag}:${node.line}:${node.column}:${i}`} node={node} />
      ))}
    </>
  );
}
