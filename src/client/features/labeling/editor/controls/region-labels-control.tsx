import type { AnyRegionControlNode } from '../../../../../shared/label-config/tag-tree';

/** The label bar of every region control (Labels, RectangleLabels, …). */
export function RegionLabelsControl({ node }: { node: AnyRegionControlNode }) {
  return <div data-tag={node.tag} />;
}
