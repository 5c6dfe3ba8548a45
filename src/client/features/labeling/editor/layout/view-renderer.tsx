// <View>: a layout box with the config's inline `style` (sanitized) and `className`.
import { useMemo } from 'react';
import { LayoutChildren } from '../layout-node';
import type { NodeOfTag } from '../renderer-types';
import { sanitizeInlineStyle } from './css-sanitize';
import './layout.css';

export function ViewRenderer({ node }: { node: NodeOfTag<'View'> }) {
  const style = useMemo(() => sanitizeInlineStyle(node.style), [node.style]);
  const className = ['lc-view', node.className].filter(Boolean).join(' ');
  return (
    <div className={className} style={style}>
      <LayoutChildren nodes={node.children} />
    </div>
  );
}
