import { LayoutChildren } from '../layout-node';
import type { NodeOfTag } from '../renderer-types';

export function ViewRenderer({ node }: { node: NodeOfTag<'View'> }) {
  return (
    <div className="lc-view">
      <LayoutChildren nodes={node.children} />
    </div>
  );
}
